import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * Replaces the app's guest-only sign-in page with one that also signs in
 * through oauth2-proxy when the portal runs behind it.
 */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () =>
          import('./AppSignInPage').then(m => m.AppSignInPage),
      },
    }),
  ],
});
