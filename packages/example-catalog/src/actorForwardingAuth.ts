import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';

/**
 * The mock auth service, except that a plugin calling another plugin on
 * behalf of a user sends the user with the calling plugin as actor — as the
 * real auth service's on-behalf-of tokens do. The permission backend refuses
 * conditional decisions for users without an actor, so the catalog and the
 * persona plugin need this to ask a real permission policy.
 */
export const actorForwardingAuthFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const pluginId = plugin.getId();
    const auth = mockServices.auth({ pluginId });
    const forwarding: AuthService = Object.create(auth);
    forwarding.getPluginRequestToken = async options => {
      const { principal } = options.onBehalfOf as {
        principal: { type: string; userEntityRef?: string };
      };
      if (principal.type === 'user' && principal.userEntityRef) {
        return {
          token: mockCredentials.user.token(principal.userEntityRef, {
            actor: { subject: `plugin:${pluginId}` },
          }),
        };
      }
      return auth.getPluginRequestToken(options);
    };
    return forwarding;
  },
});
