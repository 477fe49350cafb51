import {
  TeamInteraction,
  TeamInteractionMode,
} from '@platform-personas/backstage-plugin-persona-common';

/** The modes in the order Team Topologies lists them, and the views show them. */
export const INTERACTION_MODES: readonly TeamInteractionMode[] = [
  'x-as-a-service',
  'facilitating',
  'collaboration',
];

/**
 * How the graph draws each mode: a colour that reads on light and dark
 * themes, and a line style, so that the modes differ without colour too.
 */
export const MODE_STYLES: Record<
  TeamInteractionMode,
  { color: string; dash?: string; arrow: boolean }
> = {
  'x-as-a-service': { color: '#1e88e5', arrow: true },
  facilitating: { color: '#43a047', dash: '6 4', arrow: true },
  collaboration: { color: '#8e24aa', dash: '2 3', arrow: false },
};

/** What a team does in an interaction, as the Team API names it. */
export type InteractionRole =
  | 'provides'
  | 'consumes'
  | 'facilitates'
  | 'isFacilitated'
  | 'collaborates';

/**
 * An interaction seen from one of its teams: what that team does in it, and
 * the other team.
 */
export function interactionRole(
  interaction: TeamInteraction,
  teamRef: string,
): { role: InteractionRole; other: string } {
  const isFrom = interaction.from === teamRef;
  const other = isFrom ? interaction.to : interaction.from;
  switch (interaction.mode) {
    case 'x-as-a-service':
      return { role: isFrom ? 'provides' : 'consumes', other };
    case 'facilitating':
      return { role: isFrom ? 'facilitates' : 'isFacilitated', other };
    default:
      return { role: 'collaborates', other };
  }
}

/** The interactions of each mode, modes in {@link INTERACTION_MODES} order. */
export function groupByMode(
  interactions: TeamInteraction[],
): Array<{ mode: TeamInteractionMode; interactions: TeamInteraction[] }> {
  return INTERACTION_MODES.map(mode => ({
    mode,
    interactions: interactions.filter(i => i.mode === mode),
  })).filter(group => group.interactions.length > 0);
}
