// The policy of the README "Permission rule: isPersonaHolder", word for word
// but for the import of this package (readmeExample.test.ts checks it), so
// that the README example compiles and isPersonaHolder.integration.test.ts
// runs it.

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { personaConditions, resolvePersonaHolderClaims } from '../..'; // the package itself

/** Personas readable only by their holders, everything else by everyone. */
export const personaHolderPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'persona-holder-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        auth: coreServices.auth,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
      },
      async init({ policy, auth, userInfo, catalog }) {
        policy.setPolicy({
          async handle(
            request: PolicyQuery,
            user?: PolicyQueryUser,
          ): Promise<PolicyDecision> {
            if (
              !isPermission(request.permission, catalogEntityReadPermission)
            ) {
              return { result: AuthorizeResult.ALLOW };
            }
            // the user, their groups and every ancestor of these groups
            const claims = user
              ? await resolvePersonaHolderClaims({
                  catalog,
                  credentials: await auth.getOwnServiceCredentials(),
                  entityRefs: (
                    await userInfo.getUserInfo(user.credentials)
                  ).ownershipEntityRefs,
                })
              : [];
            return createCatalogConditionalDecision(request.permission, {
              anyOf: [
                { not: catalogConditions.isEntityKind({ kinds: ['Persona'] }) },
                personaConditions.isPersonaHolder({ claims }),
              ],
            });
          },
        });
      },
    });
  },
});
