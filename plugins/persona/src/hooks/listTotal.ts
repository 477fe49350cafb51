import { PersonaListPage } from '@platform-personas/backstage-plugin-persona-common';

/**
 * How long a list of a view is: its page's `total` when the view cut it
 * short (the view then holds only its first items), else its length. Every
 * count a person reads goes through here, so that a cut list is never
 * counted by what happened to arrive first.
 */
export function listTotal(
  items: readonly unknown[],
  page: PersonaListPage | undefined,
): number {
  return page?.total ?? items.length;
}
