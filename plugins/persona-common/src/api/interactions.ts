import { PersonaIndexMeta } from './types';

/**
 * How two teams interact, named as Team Topologies names it, as the personas
 * imply it:
 *
 * - `x-as-a-service`: `to` consumes a component that `from` builds;
 * - `facilitating`: `from` enables a component that `to` builds or consumes;
 * - `collaboration`: `from` and `to` build the same component (`from` is the
 *   first of the two in ref order).
 *
 * @public
 */
export type TeamInteractionMode =
  | 'x-as-a-service'
  | 'facilitating'
  | 'collaboration';

/**
 * The Team Topologies team type of a team: from its
 * `persona.platform-personas.io/team-type` annotation when it has one,
 * inferred from its personas otherwise (see {@link PersonaTeam}).
 *
 * @public
 */
export type TeamType =
  | 'stream-aligned'
  | 'platform'
  | 'enabling'
  | 'complicated-subsystem';

/**
 * The Group annotation that sets a team's Team Topologies type
 * (`stream-aligned`, `platform`, `enabling` or `complicated-subsystem`),
 * overriding the type inferred from its personas.
 *
 * @public
 */
export const TEAM_TYPE_ANNOTATION = 'persona.platform-personas.io/team-type';

/**
 * A team (a Group that holds a persona, directly or by inheritance) in the
 * interactions answer.
 *
 * `teamType` is inferred when no annotation sets it: a team that builds a
 * component another team consumes is a `platform` team; one that enables
 * without building is an `enabling` team; any other team is
 * `stream-aligned`. `complicated-subsystem` only comes from the annotation.
 *
 * @public
 */
export type PersonaTeam = {
  ref: string;
  title?: string;
  teamType: TeamType;
  teamTypeSource: 'annotation' | 'inferred';
};

/**
 * One interaction between two teams, with the components and the personas
 * that imply it.
 *
 * @public
 */
export type TeamInteraction = {
  mode: TeamInteractionMode;
  /** The team that provides (builds), facilitates (enables), or the first collaborator. */
  from: string;
  /** The team that consumes, is facilitated, or the second collaborator. */
  to: string;
  /** The components through which the teams interact, sorted. */
  components: string[];
  /** The personas whose modes imply the interaction, sorted. */
  personas: string[];
};

/**
 * The answer of `GET /api/persona/v1/interactions`: the teams and the
 * interactions between them, or, with `group`, those that involve that
 * team. Only what the caller may read in the catalog appears.
 *
 * @public
 */
export type TeamInteractionsResponse = {
  teams: PersonaTeam[];
  interactions: TeamInteraction[];
  /** Display titles of the components and personas named in `interactions`. */
  titles: Record<string, string>;
  meta: PersonaIndexMeta;
};

/**
 * A service a team provides in its {@link TeamApiDocument}: a component it
 * builds, and the teams that consume it.
 *
 * @public
 */
export type TeamApiService = {
  ref: string;
  title?: string;
  consumers: string[];
};

/**
 * The fields of the Team Topologies "Team API" template that the personas
 * fill in for a team: its type, the personas it holds and their
 * responsibilities, the services it provides, what it depends on, and its
 * interaction with each other team.
 *
 * @public
 */
export type TeamApiDocument = {
  team: PersonaTeam;
  personas: Array<{ ref: string; title?: string; responsibilities: string[] }>;
  servicesProvided: TeamApiService[];
  /** Components the team consumes, and the teams that build them. */
  dependsOn: Array<{ ref: string; title?: string; providers: string[] }>;
  interactions: Array<{
    team: string;
    title?: string;
    mode: TeamInteractionMode;
    /** What this team does in the interaction. */
    role:
      | 'provides'
      | 'consumes'
      | 'facilitates'
      | 'is-facilitated'
      | 'collaborates';
    components: string[];
  }>;
  meta: PersonaIndexMeta;
};
