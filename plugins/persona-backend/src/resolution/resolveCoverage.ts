import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { IndexedPersona, PersonaGraph } from './PersonaGraph';
import { collectComponents, summarizePersona } from './summaries';
import { ownershipScope } from './ownedByHolder';
import {
  DEFAULT_PLATFORM_COMPONENT_KINDS,
  PersonaCoverage,
  PersonaCoverageCell,
  PlatformComponentKind,
  UncoveredComponent,
} from '@platform-personas/backstage-plugin-persona-common';

/**
 * Options of {@link resolveCoverage}.
 *
 * @public
 */
export type ResolveCoverageOptions = {
  /** What counts as a platform component; the defaults when absent. */
  platformComponentKinds?: PlatformComponentKind[];
  /** Which personas take part (the matrix columns); all when absent. */
  includePersona?: (persona: IndexedPersona) => boolean;
  /**
   * Whether an entity may appear in the answer; an entity that may not is
   * treated as absent — it holds nothing, is no holder, no row, no gap.
   */
  isVisible?: (ref: string) => boolean;
};

/**
 * The refs of the platform components of the graph: the entities of the
 * given kinds (and types, where listed).
 *
 * @public
 */
export function platformComponentRefs(
  graph: PersonaGraph,
  kinds: PlatformComponentKind[] = DEFAULT_PLATFORM_COMPONENT_KINDS,
): string[] {
  return [
    ...new Set(kinds.map(k => k.kind.toLocaleLowerCase('en-US'))),
  ].flatMap(kind =>
    graph
      .refsOfKind(kind)
      .filter(ref => isPlatformComponent(graph.get(ref)!, kinds)),
  );
}

function isPlatformComponent(entity: Entity, kinds: PlatformComponentKind[]) {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = (entity.spec as { type?: unknown } | undefined)?.type;
  return kinds.some(
    k =>
      k.kind.toLocaleLowerCase('en-US') === kind &&
      (!k.types || (typeof type === 'string' && k.types.includes(type))),
  );
}

function groupTitle(entity: Entity | undefined): string | undefined {
  const profile = (entity?.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  return (
    entity?.metadata.title ??
    (typeof profile?.displayName === 'string' ? profile.displayName : undefined)
  );
}

/**
 * Rows in the order people read them: by the title shown (or the name where
 * there is none), then by ref so that equal titles keep a stable order.
 */
function byShownName(
  a: { group: string; title?: string },
  b: { group: string; title?: string },
): number {
  const shown = (row: { group: string; title?: string }) =>
    row.title ?? parseEntityRef(row.group).name;
  return (
    shown(a).localeCompare(shown(b), 'en', { sensitivity: 'base' }) ||
    a.group.localeCompare(b.group)
  );
}

/**
 * Coverage of the catalog: which group holds which persona, directly or by
 * inheritance from an ancestor group, and the gaps — personas without a
 * holder, platform components that no held persona builds or enables
 * (explicit refs and selector matches, `ownedByHolder` narrowed to the
 * holders), and
 * groups that hold no persona. Rows are sorted by the title people read
 * (the name where there is none); each inherited cell says from which
 * ancestors, with their titles and how many levels up they are.
 *
 * @public
 */
export function resolveCoverage(
  graph: PersonaGraph,
  options: ResolveCoverageOptions = {},
): PersonaCoverage {
  const isVisible = options.isVisible ?? (() => true);
  const kinds =
    options.platformComponentKinds ?? DEFAULT_PLATFORM_COMPONENT_KINDS;
  const personas = graph
    .personas()
    .filter(p => isVisible(p.ref) && (options.includePersona?.(p) ?? true));

  const cells = new Map<string, Map<string, PersonaCoverageCell>>();
  const cell = (group: string, persona: string) => {
    const row = cells.get(group) ?? new Map<string, PersonaCoverageCell>();
    cells.set(group, row);
    const existing: PersonaCoverageCell = row.get(persona) ?? {
      persona,
      direct: false,
      inheritedFrom: [],
      inheritedVia: [],
    };
    row.set(persona, existing);
    return existing;
  };

  const personasWithoutHolder: string[] = [];
  const covered = new Set<string>();
  for (const persona of personas) {
    const holders = persona.refs.holders.filter(
      h => graph.get(h) && isVisible(h),
    );
    if (holders.length === 0) personasWithoutHolder.push(persona.ref);

    for (const holder of holders) {
      if (parseEntityRef(holder).kind !== 'group') continue;
      cell(holder, persona.ref).direct = true;
      for (const [descendant, levelsUp] of graph.descendantLevels(holder)) {
        if (isVisible(descendant)) {
          const inherited = cell(descendant, persona.ref);
          inherited.inheritedFrom.push(holder);
          inherited.inheritedVia!.push({
            group: holder,
            title: groupTitle(graph.get(holder)),
            levelsUp,
          });
        }
      }
    }

    // A persona that nobody holds covers nothing: nobody does the work.
    if (holders.length === 0) continue;
    const scope = new Set<string>();
    holders.forEach(h => ownershipScope(graph, h).forEach(r => scope.add(r)));
    const components = collectComponents(graph, persona, scope);
    components.builds.forEach((_, ref) => covered.add(ref));
    components.enables.forEach((_, ref) => covered.add(ref));
  }

  const byRef = (a: string, b: string) => a.localeCompare(b);
  const groups = graph.refsOfKind('group').filter(isVisible).sort(byRef);
  const uncoveredComponents: UncoveredComponent[] = [];
  for (const ref of platformComponentRefs(graph, kinds)) {
    if (covered.has(ref) || !isVisible(ref)) continue;
    const entity = graph.get(ref)!;
    const type = (entity.spec as { type?: unknown } | undefined)?.type;
    uncoveredComponents.push({
      ref,
      title: entity.metadata.title,
      type: typeof type === 'string' ? type : undefined,
      owners: graph.ownersOf(ref).filter(isVisible),
    });
  }

  return {
    personas: personas.map(summarizePersona),
    teams: groups
      .filter(group => cells.has(group))
      .map(group => ({
        group,
        title: groupTitle(graph.get(group)),
        cells: [...cells.get(group)!.values()]
          .sort((a, b) => byRef(a.persona, b.persona))
          .map(c => ({
            ...c,
            inheritedFrom: c.inheritedFrom.sort(byRef),
            inheritedVia: c.inheritedVia!.sort((a, b) =>
              byRef(a.group, b.group),
            ),
          })),
      }))
      .sort(byShownName),
    personasWithoutHolder,
    uncoveredComponents: uncoveredComponents.sort((a, b) =>
      byRef(a.ref, b.ref),
    ),
    groupsWithoutPersona: groups.filter(group => !cells.has(group)),
  };
}
