import { parseEntityRef } from '@backstage/catalog-model';

// Words that read as acronyms rather than as capitalised words
const ACRONYMS = new Set([
  'ai',
  'api',
  'aws',
  'ci',
  'cd',
  'cncf',
  'gcp',
  'gke',
  'ml',
  'sre',
  'ui',
]);

/**
 * A machine value (`cncf-platforms`, `kubernetes_cluster`) as people read
 * it (`CNCF Platforms`, `Kubernetes Cluster`).
 */
export function humanize(value: string): string {
  return value
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map(word =>
      ACRONYMS.has(word.toLocaleLowerCase('en-US'))
        ? word.toLocaleUpperCase('en-US')
        : word.charAt(0).toLocaleUpperCase('en-US') + word.slice(1),
    )
    .join(' ');
}

/** The name of an entity ref, or the text itself when it is not a ref. */
export function refName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * What to call an entity when the answer carries no title: its name,
 * humanised (`group:default/data-science-team` → `Data Science Team`).
 */
export function titleOf(ref: string, title?: string): string {
  return title || humanize(refName(ref));
}

/** Sorts by the text shown, as people expect in their language. */
export function compareShown(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}
