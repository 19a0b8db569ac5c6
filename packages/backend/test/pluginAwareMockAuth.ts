import {
  AuthService,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

/**
 * The mock auth service, except that a plugin calling another on behalf of
 * a user sends a user token naming itself as the actor, as the real auth
 * service's plugin tokens do. The permission backend needs that actor to
 * tell a plugin's request from a user's direct one: without it, it refuses
 * the conditional decisions the catalog asks for ("Direct user requests
 * without a resourceRef are not allowed"), so the stock mock cannot test
 * conditional catalog permissions end to end.
 */
export const pluginAwareMockAuthFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const pluginId = plugin.getId();
    const auth = mockServices.auth({ pluginId });
    const issueServiceToken = auth.getPluginRequestToken.bind(auth);
    auth.getPluginRequestToken = async options => {
      const principal = options.onBehalfOf.principal as {
        type: string;
        userEntityRef?: string;
      };
      if (principal.type === 'user' && principal.userEntityRef) {
        return {
          token: mockCredentials.user.token(principal.userEntityRef, {
            actor: { subject: `plugin:${pluginId}` },
          }),
        };
      }
      return issueServiceToken(options);
    };
    return auth;
  },
});
