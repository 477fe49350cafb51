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
): Promise<PersonaViewResponse> {
  let requests = requestsByApi.get(api);
  if (!requests) {
    requests = new Map();
    requestsByApi.set(api, requests);
  }
  const shared = requests.get(entityRef);
  const stillShared =
    shared &&
    (shared.settledAt === undefined ||
      Date.now() - shared.settledAt < SHARE_WINDOW_MS);
  if (shared && stillShared) {
    return shared.promise;
  }

  const request: SharedRequest = {
    promise: api.getView(entityRef, { limit: VIEW_FIRST_PAGE_SIZE }),
  };
  const byRef = requests;
  request.promise.then(
    () => {
      request.settledAt = Date.now();
    },
    () => {
      // A failure is not shared beyond the components already waiting for it
      if (byRef.get(entityRef) === request) {
        byRef.delete(entityRef);
      }
    },
  );
  requests.set(entityRef, request);
  return request.promise;
}
