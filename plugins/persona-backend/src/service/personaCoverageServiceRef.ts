import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { callerAccessServiceRef } from './callerAccessServiceRef';
import { DefaultPersonaCoverageService } from './DefaultPersonaCoverageService';
import { personaConfigServiceRef } from './personaConfigServiceRef';
import { personaIndexServiceRef } from './personaIndexServiceRef';

/**
 * What a coverage request asks for: one page (the same `offset` and `limit`
 * for the rows and each gap list), and optionally only the personas of a
 * framework or a type.
 *
 * @public
 */
export type PersonaCoverageQuery = {
  offset: number;
  limit: number;
  framework?: string;
  type?: string;
};

/**
 * Answers `GET /v1/coverage`.
 *
 * @public
 */
export interface PersonaCoverageService {
  /**
   * The team × persona matrix and its gaps over only what `credentials` may
   * read; a `ServiceUnavailableError` when the catalog does not answer in
   * time.
   */
  getCoverage(
    query: PersonaCoverageQuery,
    credentials: BackstageCredentials,
  ): Promise<PersonaCoverageResponse>;
}

/**
 * The coverage service of the persona backend, replaceable by adopters. The
 * default one computes coverage from the persona index over the platform
 * components of `persona.coverage.platformComponents`.
 *
 * @public
 */
export const personaCoverageServiceRef =
  createServiceRef<PersonaCoverageService>({
    id: 'persona.coverage',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          index: personaIndexServiceRef,
          access: callerAccessServiceRef,
          config: personaConfigServiceRef,
        },
        factory: ({ index, access, config }) =>
          new DefaultPersonaCoverageService({
            index,
            access,
            platformComponentKinds: config.platformComponentKinds,
          }),
      }),
  });
