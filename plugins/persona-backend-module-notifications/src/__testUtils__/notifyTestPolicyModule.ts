import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { permissionPolicyModule } from '@internal/example-catalog';
import { personaHoldersNotifyPermission } from '../permissions';

/** Maintains personas: may notify their holders. */
export const MAINTAINER = 'user:default/alice.admin';

/**
 * A permission policy that allows everything, except notifying the holders
 * of a persona, which only {@link MAINTAINER} may do.
 */
export const notifyTestPolicyModule = permissionPolicyModule(
  'persona-notify-test-policy',
  {
    async handle(query, user) {
      if (!isPermission(query.permission, personaHoldersNotifyPermission)) {
        return { result: AuthorizeResult.ALLOW };
      }
      return {
        result:
          user?.info.userEntityRef === MAINTAINER
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      };
    },
  },
);
