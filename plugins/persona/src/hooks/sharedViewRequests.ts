import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { PersonaApi } from '../api';

/**
 * How long an answer is shared with cards that mount after it arrived. The
 * cards of an entity page load lazily, one chunk at a time, so without this
 * window each would ask again for the same view.
 */
const SHARE_WINDOW_MS = 10_000;

/**
 * How many items of each long list the first answer of a view carries: what
 * a first screen shows. The rest is asked for, page by page, as the user
 * expands a list (`useViewListPages`), so the first answer stays small
 * however large the catalog is.
 */
export const VIEW_FIRST_PAGE_SIZE = 50;

/**
 * Which answer of a view to share: the first one, whose sub-teams carry the
 * totals of their components only (a Group's first screen names its
 * sub-teams), or the one with the first page of each sub-team's components
 * too, for the responsibility map once sub-teams are included.
 */
export type SharedViewAnswer = 'first' | 'withSubTeamComponents';

type SharedRequest = {
  promise: Promise<PersonaViewResponse>;
  settledAt?: number;
};

const requestsByApi = new WeakMap<PersonaApi, Map<string, SharedRequest>>();

/**
 * The persona view of an entity, asked for once however many components of
 * the page want it at the same time. A failure is dropped as soon as it
 * settles, so the next call — a retry — asks again.
 */
export function fetchSharedView(
  api: PersonaApi,
  entityRef: string,
  answer: SharedViewAnswer = 'first',
): Promise<PersonaViewResponse> {
  let requests = requestsByApi.get(api);
  if (!requests) {
    requests = new Map();
    requestsByApi.set(api, requests);
  }
  const key = `${answer}\n${entityRef}`;
  const shared = requests.get(key);
  const stillShared =
    shared &&
    (shared.settledAt === undefined ||
      Date.now() - shared.settledAt < SHARE_WINDOW_MS);
  if (shared && stillShared) {
    return shared.promise;
  }

  const request: SharedRequest = {
    promise: api.getView(entityRef, {
      limit: VIEW_FIRST_PAGE_SIZE,
      subTeamLimit: answer === 'first' ? 0 : VIEW_FIRST_PAGE_SIZE,
    }),
  };
  const byRef = requests;
  request.promise.then(
    () => {
      request.settledAt = Date.now();
    },
    () => {
      // A failure is not shared beyond the components already waiting for it
      if (byRef.get(key) === request) {
        byRef.delete(key);
      }
    },
  );
  requests.set(key, request);
  return request.promise;
}
