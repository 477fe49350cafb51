import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { personaHoldersNotifyPermission } from '../permissions';

/** Maintains personas: may notify their holders. */
export const MAINTAINER = 'user:default/alice.admin';

/**
 * A permission policy that allows everything, except notifying the holders
 * of a persona, which only {@link MAINTAINER} may do.
 */
export const notifyTestPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'persona-notify-test-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(query, user) {
            if (
              !isPermission(query.permission, personaHoldersNotifyPermission)
            ) {
              return { result: AuthorizeResult.ALLOW };
            }
            return {
              result:
                user?.info.userEntityRef === MAINTAINER
                  ? AuthorizeResult.ALLOW
                  : AuthorizeResult.DENY,
            };
          },
        });
      },
    });
  },
});
