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
  | { type: 'inherited'; from: string }
  | { type: 'membership'; group: string; from: string };

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
};

/**
 * The components of a persona, per mode.
 *
 * @public
 */
export type PersonaComponents = Record<PersonaMode, PersonaComponent[]>;

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
};

/**
 * The persona view of a Component, Resource, System or API: who builds,
 * enables and consumes it.
 *
 * @public
 */
export type ComponentPersonaView = {
  type: 'component';
  entityRef: string;
  modes: Record<PersonaMode, ComponentPersonaRole[]>;
};

/**
 * A holder of a persona; `memberCount` counts the users of a group and its
 * sub-groups.
 *
 * @public
 */
export type PersonaHolder = {
  ref: string;
  missing: boolean;
  memberCount?: number;
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
  components: Record<
    PersonaMode,
    Array<PersonaComponent & { appliesTo: string[] }>
  >;
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
 * One cell of the team × persona matrix: how a group holds a persona —
 * directly, inherited from the listed ancestor groups (sorted), or both.
 *
 * @public
 */
export type PersonaCoverageCell = {
  persona: string;
  direct: boolean;
  inheritedFrom: string[];
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
