import { InputError, NotFoundError } from '@backstage/errors';
import {
  PersonaPage,
  PersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { cutListItem } from './cutListItem';

const LIST_POINTER = /^(\/[A-Za-z0-9_-]{1,64}){1,8}$/;

/**
 * The page from `offset` of the list at JSON pointer `list` in the view,
 * each item cut to `limit` (a sub-team's components to `subTeamLimit`) as
 * the view's own lists are; an `InputError`
 * naming `list` for a pointer that is malformed, a `NotFoundError` for one
 * that leads to no list.
 */
export function viewListPage(
  view: PersonaView,
  list: string,
  offset: number,
  limit: number,
  subTeamLimit?: number,
): PersonaPage<unknown> {
  if (!LIST_POINTER.test(list)) {
    throw new InputError(
      `Invalid list: expected a JSON pointer to a list of the view, such as /personas/0/components/builds, got ${JSON.stringify(
        list,
      )}`,
    );
  }
  let at: unknown = view;
  for (const key of list.slice(1).split('/')) {
    at =
      at && typeof at === 'object' && Object.hasOwn(at, key)
        ? (at as Record<string, unknown>)[key]
        : undefined;
  }
  if (!Array.isArray(at)) {
    throw new NotFoundError(
      `The view of ${view.entityRef} has no list ${list}`,
    );
  }
  const cutItem = cutListItem(list, { limit, subTeamLimit });
  return {
    items: at
      .slice(offset, offset + limit)
      .map((item, i) => cutItem(item, `${list}/${offset + i}`)),
    total: at.length,
    offset,
    limit,
  };
}
