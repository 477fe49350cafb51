import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { PersonaCoverageService } from '../service/personaCoverageServiceRef';
import type { PersonaValidateService } from '../service/personaValidateServiceRef';
import type { PersonaViewService } from '../service/personaViewServiceRef';

/**
 * The services the persona actions answer from: the same ones as the HTTP
 * routes, each called with the caller's own credentials, and the catalog to
 * turn a name into a ref and to title the holders a view names.
 *
 * @internal
 */
export type PersonaActionsDeps = {
  viewService: PersonaViewService;
  coverageService: PersonaCoverageService;
  validateService: PersonaValidateService;
  catalog: CatalogService;
};

/** The zod that the actions registry hands to the schema callbacks. */
export type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** Any zod schema. */
export type ZodSchema = Parameters<Zod['preprocess']>[1];
