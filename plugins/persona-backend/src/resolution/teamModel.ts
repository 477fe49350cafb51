import { PersonaMode } from '@platform-personas/backstage-plugin-persona-common';

/**
 * Who holds a persona of one mode for one component: each holder (a User or
 * a Group) with the refs of the personas through which it does.
 *
 * @public
 */
export type ModeHolders = Map<string, Set<string>>;

/**
 * One platform component and, per mode, who builds, enables or consumes it
 * and through which personas.
 *
 * @public
 */
export type ComponentHolders = {
  ref: string;
  modes: Record<PersonaMode, ModeHolders>;
};

/**
 * That a team holds a persona: directly (`holder` is the team) or by
 * inheritance (`holder` is the ancestor group named as holder).
 *
 * @public
 */
export type TeamHolding = { team: string; persona: string; holder: string };

/**
 * What the interactions, the Team API documents and the component facts are
 * computed from: the holders of each platform component and the personas
 * each team holds. Resolved once per index snapshot by
 * {@link resolveTeamModel}; narrowed to what a caller may read by
 * {@link visibleTeamModel}.
 *
 * @public
 */
export type TeamModel = {
  components: ComponentHolders[];
  holdings: TeamHolding[];
};
