import { PERSONA_MODES } from '@platform-personas/backstage-plugin-persona-common';
import { ModeHolders, TeamModel } from './teamModel';

/**
 * The {@link TeamModel} as if the entities that `isVisible` refuses did not
 * exist: a component, a holder or a persona a caller may not read takes no
 * part, so nothing computed from the result — an interaction, a team type, a
 * count — tells of it.
 *
 * @public
 */
export function visibleTeamModel(
  model: TeamModel,
  isVisible: (ref: string) => boolean,
): TeamModel {
  const visibleHolders = (holders: ModeHolders): ModeHolders => {
    const result: ModeHolders = new Map();
    for (const [holder, personas] of holders) {
      if (!isVisible(holder)) continue;
      const visible = [...personas].filter(isVisible);
      if (visible.length) result.set(holder, new Set(visible));
    }
    return result;
  };
  return {
    components: model.components
      .filter(component => isVisible(component.ref))
      .map(component => ({
        ref: component.ref,
        modes: Object.fromEntries(
          PERSONA_MODES.map(mode => [
            mode,
            visibleHolders(component.modes[mode]),
          ]),
        ) as typeof component.modes,
      })),
    holdings: model.holdings.filter(
      h => isVisible(h.team) && isVisible(h.persona) && isVisible(h.holder),
    ),
  };
}
