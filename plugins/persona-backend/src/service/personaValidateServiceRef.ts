import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { PersonaValidateResponse } from '@platform-personas/backstage-plugin-persona-common';
import { DefaultPersonaValidateService } from './DefaultPersonaValidateService';
import { personaConfigServiceRef } from './personaConfigServiceRef';

/**
 * Answers `POST /v1/validate`.
 *
 * @public
 */
export interface PersonaValidateService {
  /**
   * Every problem of the Personas of a YAML or JSON text: the errors that
   * make the catalog refuse one, and warnings for the refs that name
   * nothing `credentials` may read in the catalog.
   */
  validate(
    content: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaValidateResponse>;
}

/**
 * The validate service of the persona backend. The default one checks the
 * text with `validatePersonaText` and its refs with `checkPersonaRefs`
 * (persona-node) against the catalog, with the caller's credentials.
 *
 * @public
 */
export const personaValidateServiceRef =
  createServiceRef<PersonaValidateService>({
    id: 'persona.validate',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          catalog: catalogServiceRef,
          logger: coreServices.logger,
          config: personaConfigServiceRef,
        },
        factory: ({ catalog, logger, config }) =>
          new DefaultPersonaValidateService({
            catalog,
            logger,
            catalogTimeoutMs: config.catalogTimeoutMs,
          }),
      }),
  });
