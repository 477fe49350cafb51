import { PlatformComponentFacts } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { ComponentHolders } from './teamModel';

/**
 * Whether every builder is a group strictly above each owner: the owners
 * build the component only because a parent group holds the persona.
 */
function onlyInherited(
  graph: PersonaGraph,
  ref: string,
  builders: string[],
): boolean {
  const owners = graph.ownersOf(ref);
  if (builders.length === 0 || owners.length === 0) return false;
  const ancestors = owners.map(owner => new Set(graph.ancestorsOf(owner)));
  return builders.every(builder => ancestors.every(a => a.has(builder)));
}

/**
 * The persona coverage facts of one platform component of a (caller's)
 * model (see `PlatformComponentFacts`): which modes somebody holds for it,
 * how many distinct holders build it, and whether its builders are all
 * groups above its owners.
 *
 * @public
 */
export function resolveComponentFacts(
  graph: PersonaGraph,
  { ref, modes }: ComponentHolders,
): PlatformComponentFacts {
  // The model keeps only holders with at least one persona: present is held.
  const builders = [...modes.builds.keys()];
  return {
    entityRef: ref,
    hasBuilder: builders.length > 0,
    hasEnabler: modes.enables.size > 0,
    hasConsumer: modes.consumes.size > 0,
    builderHolderCount: builders.length,
    onlyInherited: onlyInherited(graph, ref, builders),
  };
}
