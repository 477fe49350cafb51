import { PersonaResponsibility } from '../PersonaEntityV1alpha1';
import { PersonaMode } from '../modes';

/**
 * How a User or Group holds a persona: it is a holder itself, it inherits the
 * persona from an ancestor group (`from`), or — for a User — through
 * membership of `group`, which holds it directly (`from` is the group itself)
 * or by inheritance (`from` is the ancestor).
 *
 * @public
 */
export type PersonaHoldingSource =
  | { type: 'direct' }
  | {
      type: 'inherited';
      from: string;
      /** How many levels up the group hierarchy `from` is: 1 for the parent. */
      levels?: number;
    }
  | {
      type: 'membership';
      group: string;
      from: string;
      /** How many levels above `group` `from` is: 0 when it is `group` itself. */
      levels?: number;
    };

/**
 * What a view says about a persona itself.
 *
 * @public
 */
export type PersonaSummary = {
  ref: string;
  title?: string;
  description?: string;
  type: string;
  framework?: string;
  owner?: string;
  interaction?: 'direct' | 'indirect';
  channels: string[];
  tools: string[];
  responsibilities: PersonaResponsibility[];
};

/**
 * A platform component in a view, with how it got there: an explicit ref of
 * the persona (`ref`), a selector match (`selector`), or both. `missing` is
 * true when the ref points to nothing in the catalog.
 *
 * @public
 */
export type PersonaComponent = {
  ref: string;
  missing: boolean;
  via: Array<'ref' | 'selector'>;
  title?: string;
  type?: string;
  lifecycle?: string;
  owners: string[];
  /** The selectors that matched it, when `via` includes `selector`. */
  selectors?: PersonaSelectorMatch[];
};

/**
 * A selector of a persona that matched a component: its catalog filter, and
 * whether it was narrowed to what the holder owns.
 *
 * @public
 */
export type PersonaSelectorMatch = {
  filter: Record<string, string | string[]>;
  ownedByHolder?: boolean;
};

/**
 * The components of a persona, per mode.
 *
 * @public
 */
export type PersonaComponents = Record<PersonaMode, PersonaComponent[]>;

/**
 * Where the rest of a list that a view cut short is: the list's length, and
 * the JSON pointer to ask `GET .../views/by-name/.../list` for (a view asked
 * with `limit` carries the first `limit` items of each long list).
 *
 * @public
 */
export type PersonaListPage = {
  total: number;
  list: string;
};

/**
 * The lists of components per mode that a view cut short.
 *
 * @public
 */
export type PersonaComponentPages = Partial<
  Record<PersonaMode, PersonaListPage>
>;

/**
 * The lists of personas per mode that a component view cut short.
 *
 * @public
 */
export type PersonaRolePages = Partial<Record<PersonaMode, PersonaListPage>>;

/**
 * A persona that a User or Group holds, how, and what it builds, enables and
 * consumes for that User or Group.
 *
 * @public
 */
export type HeldPersona = {
  persona: PersonaSummary;
  sources: PersonaHoldingSource[];
  components: PersonaComponents;
  /** The component lists cut short, when the view was asked with a limit. */
  componentPages?: PersonaComponentPages;
};

/**
 * The persona view of a User or Group.
 *
 * @public
 */
export type HolderPersonaView = {
  type: 'holder';
  entityRef: string;
  personas: HeldPersona[];
  /** The personas this User or Group maintains (their `spec.owner`). */
  ownedPersonas?: PersonaSummary[];
  /**
   * For a Group: each sub-group (at any depth) that holds personas itself,
   * with what they build, enable and consume for it.
   */
  subTeams?: SubTeamHolding[];
  /** The sub-teams cut short, when the view was asked with a limit. */
  subTeamPage?: PersonaListPage;
  /** Display names of the Users and Groups the view names, by ref. */
  titles?: Record<string, string>;
};

/**
 * The personas that a sub-group of a Group holds directly, `levels` below it
 * (1 for a child group).
 *
 * @public
 */
export type SubTeamHolding = {
  group: string;
  levels: number;
  personas: HeldPersona[];
};

/**
 * A persona that builds, enables or consumes a component, and the holders to
 * whom that applies.
 *
 * @public
 */
export type ComponentPersonaRole = {
  persona: PersonaSummary;
  via: Array<'ref' | 'selector'>;
  holders: string[];
  /** The holders cut short, when the view was asked with a limit. */
  holderPage?: PersonaListPage;
  /** The selectors that matched it, when `via` includes `selector`. */
  selectors?: PersonaSelectorMatch[];
};

/**
 * The persona view of a Component, Resource, System, Domain or API: who
 * builds, enables and consumes it.
 *
 * @public
 */
export type ComponentPersonaView = {
  type: 'component';
  entityRef: string;
  modes: Record<PersonaMode, ComponentPersonaRole[]>;
  /** The lists of personas cut short, when the view was asked with a limit. */
  rolePages?: PersonaRolePages;
  /**
   * For a System: its components, resources and APIs; for a Domain: those of
   * its systems — each with who builds, enables and consumes it.
   */
  parts?: ComponentViewPart[];
  /** The parts cut short, when the view was asked with a limit. */
  partPage?: PersonaListPage;
  /** Display names of the Users and Groups the view names, by ref. */
  titles?: Record<string, string>;
};

/**
 * A part of a System or Domain in its roll-up; `through` is the system a
 * Domain's part belongs to.
 *
 * @public
 */
export type ComponentViewPart = {
  ref: string;
  title?: string;
  through?: string;
  modes: Record<PersonaMode, ComponentPersonaRole[]>;
};

/**
 * A holder of a persona. For a group, `memberCount` counts the users of the
 * group and its sub-groups, and `directMemberCount` the users who are members
 * of the group itself (what the org plugin's members card lists); a user has
 * neither.
 *
 * @public
 */
export type PersonaHolder = {
  ref: string;
  missing: boolean;
  memberCount?: number;
  directMemberCount?: number;
};

/**
 * The persona view of a Persona: its holders, and its components per mode
 * with the holders each applies to.
 *
 * @public
 */
export type PersonaDetailView = {
  type: 'persona';
  entityRef: string;
  persona: PersonaSummary;
  holders: PersonaHolder[];
  /** The holders cut short, when the view was asked with a limit. */
  holderPage?: PersonaListPage;
  components: Record<
    PersonaMode,
    Array<PersonaComponent & { appliesTo: string[] }>
  >;
  /** The component lists cut short, when the view was asked with a limit. */
  componentPages?: PersonaComponentPages;
};

/**
 * Any persona view.
 *
 * @public
 */
export type PersonaView =
  | HolderPersonaView
  | ComponentPersonaView
  | PersonaDetailView;

/**
 * Which entities count as platform components for coverage: a kind and,
 * optionally, the `spec.type` values of that kind (all types when absent).
 *
 * @public
 */
export type PlatformComponentKind = {
  kind: string;
  types?: string[];
};

/**
 * The platform components coverage looks at when nothing is configured:
 * Kubernetes clusters, runtime bundles and cloud connectors.
 *
 * @public
 */
export const DEFAULT_PLATFORM_COMPONENT_KINDS: PlatformComponentKind[] = [
  { kind: 'Resource', types: ['kubernetes-cluster'] },
  { kind: 'Component', types: ['runtime-bundle', 'cloud-connector'] },
];

/**
 * An ancestor group that a team inherits a persona from: its ref, its title
 * (or profile display name) where it has one, and how many levels up it is
 * (1: the parent group).
 *
 * @public
 */
export type PersonaCoverageAncestor = {
  group: string;
  title?: string;
  levelsUp: number;
};

/**
 * One cell of the team × persona matrix: how a group holds a persona —
 * directly, inherited from the listed ancestor groups (sorted), or both.
 * `inheritedVia` describes the same ancestors, in the same order, for
 * people to read; answers of older backends lack it.
 *
 * @public
 */
export type PersonaCoverageCell = {
  persona: string;
  direct: boolean;
  inheritedFrom: string[];
  inheritedVia?: PersonaCoverageAncestor[];
};

/**
 * One row of the team × persona matrix: a group and the personas it holds.
 *
 * @public
 */
export type PersonaCoverageRow = {
  group: string;
  title?: string;
  cells: PersonaCoverageCell[];
};

/**
 * A platform component that no persona builds or enables.
 *
 * @public
 */
export type UncoveredComponent = {
  ref: string;
  title?: string;
  type?: string;
  owners: string[];
};

/**
 * Coverage of the whole catalog: the team × persona matrix (rows: every
 * group that holds at least one persona; columns: every persona), and the
 * gaps — personas nobody holds, platform components nobody builds or enables,
 * and groups that hold no persona.
 *
 * @public
 */
export type PersonaCoverage = {
  personas: PersonaSummary[];
  teams: PersonaCoverageRow[];
  personasWithoutHolder: string[];
  uncoveredComponents: UncoveredComponent[];
  groupsWithoutPersona: string[];
};
