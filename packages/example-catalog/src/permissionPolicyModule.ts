import { createBackendModule } from '@backstage/backend-plugin-api';
import { PermissionPolicy } from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/**
 * A permission backend module that installs `policy`, for integration tests
 * that start the real permission backend with a policy of their own.
 * `moduleId` names the policy in the backend's logs.
 */
export function permissionPolicyModule(
  moduleId: string,
  policy: PermissionPolicy,
) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId,
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init(deps) {
          deps.policy.setPolicy(policy);
        },
      });
    },
  });
}
