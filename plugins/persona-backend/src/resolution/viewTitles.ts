import { parseEntityRef } from '@backstage/catalog-model';
import { PersonaGraph } from './PersonaGraph';

const NAMED_KINDS = new Set(['user', 'group']);

/**
 * The display names of the Users and Groups among `refs` that have one (a
 * title, or a profile's display name), so that a view can be read without
 * asking the catalog for each owner, holder or provenance it names.
 */
export function viewTitles(
  graph: PersonaGraph,
  refs: Iterable<string>,
): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const ref of new Set(refs)) {
    let kind: string;
    try {
      kind = parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
    } catch {
      continue;
    }
    if (!NAMED_KINDS.has(kind)) continue;
    const title = graph.displayName(ref);
    if (title) titles[ref] = title;
  }
  return titles;
}
