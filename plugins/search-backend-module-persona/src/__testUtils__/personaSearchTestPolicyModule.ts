import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { permissionPolicyModule } from '@internal/example-catalog';

export const ADMIN = 'user:default/alice.admin';
/** May read everything but Personas. */
export const DENIED = 'user:default/contractor';
/** May read the Personas of the Activiti Cloud framework only. */
export const JANE = 'user:default/jane.doe';

/**
 * A permission policy for the catalog: the admin and services read
 * everything, {@link DENIED} everything but Personas, {@link JANE}
 * everything but the Personas of frameworks other than Activiti Cloud.
 */
export const personaSearchTestPolicyModule = permissionPolicyModule(
  'persona-search-test-policy',
  {
    async handle(query, user) {
      const userRef = user?.info.userEntityRef;
      if (
        !isPermission(query.permission, catalogEntityReadPermission) ||
        !user ||
        userRef === ADMIN
      ) {
        return { result: AuthorizeResult.ALLOW };
      }
      const notPersona = {
        not: catalogConditions.isEntityKind({ kinds: ['Persona'] }),
      };
      return createCatalogConditionalDecision(
        query.permission,
        userRef === JANE
          ? {
              anyOf: [
                notPersona,
                catalogConditions.hasSpec({
                  key: 'framework',
                  value: 'activiti-cloud',
                }),
              ],
            }
          : notPersona,
      );
    },
  },
);
