import { PersonaViewListResponse } from '@platform-personas/backstage-plugin-persona-common';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { callerAccessServiceRef } from './callerAccessServiceRef';
import { DefaultPersonaViewService } from './DefaultPersonaViewService';
import { personaConfigServiceRef } from './personaConfigServiceRef';
import { personaIndexServiceRef } from './personaIndexServiceRef';

/**
 * A view answer as the JSON text of a `PersonaViewResponse` and, when the
 * same text serves every caller, its gzip form.
 *
 * @public
 */
export type PersonaViewBody = { json: string; gzipped?: () => Buffer };

/**
 * Answers `GET /v1/views/by-name/{kind}/{namespace}/{name}`.
 *
 * @public
 */
export interface PersonaViewService {
  /**
   * The persona view of `entityRef` as `credentials` may see it. A
   * `NotFoundError` both when there is no such view and when the caller may
   * not read the entity, so that a 404 tells nothing; a
   * `ServiceUnavailableError` when the catalog does not answer in time.
   */
  getViewBody(
    entityRef: string,
    credentials: BackstageCredentials,
    options?: {
      /** Cut each long list of the view to its first `limit` items. */
      limit?: number;
      /**
       * With `limit`: cut each sub-team's component lists to their first
       * `subTeamLimit` items (0: their totals only); `limit` when absent.
       */
      subTeamLimit?: number;
    },
  ): Promise<PersonaViewBody>;
  /**
   * A page of a list that a view asked with a limit cut short, as the caller
   * may see it; `list` is the JSON pointer the view gave. Optional, so that
   * services written before it still fit: without it the route answers 404.
   */
  getViewListPage?(
    entityRef: string,
    request: {
      list: string;
      offset: number;
      limit: number;
      /** As for {@link PersonaViewService.getViewBody}, for sub-teams listed. */
      subTeamLimit?: number;
    },
    credentials: BackstageCredentials,
  ): Promise<PersonaViewListResponse>;
}

/**
 * The view service of the persona backend, replaceable by adopters. The
 * default one resolves views from the persona index and filters each with
 * the caller's credentials.
 *
 * @public
 */
export const personaViewServiceRef = createServiceRef<PersonaViewService>({
  id: 'persona.view',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        index: personaIndexServiceRef,
        access: callerAccessServiceRef,
        catalog: catalogServiceRef,
        cache: coreServices.cache,
        logger: coreServices.logger,
        config: personaConfigServiceRef,
      },
      factory: ({ config, ...deps }) =>
        new DefaultPersonaViewService({
          ...deps,
          catalogTimeoutMs: config.catalogTimeoutMs,
        }),
    }),
});
