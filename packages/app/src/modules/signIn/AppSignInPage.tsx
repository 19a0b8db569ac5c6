import {
  Progress,
  ProxiedSignInPage,
  SignInPage,
} from '@backstage/core-components';
import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import type { SignInPageProps } from '@backstage/plugin-app-react';
import { useEffect, useState } from 'react';

/** The oauth2-proxy provider's id in the auth backend. */
const PROXY_PROVIDER = 'oauth2Proxy';

/**
 * Signs in through oauth2-proxy when the portal runs behind one (the auth
 * backend then has the provider configured and knows the forwarded user);
 * otherwise offers the guest sign-in. The browser tests use the proxy's
 * headers to sign in as people outside the platform team.
 */
export function AppSignInPage(props: SignInPageProps) {
  const discoveryApi = useApi(discoveryApiRef);
  // undefined while asking the auth backend
  const [proxied, setProxied] = useState<boolean>();
  useEffect(() => {
    let current = true;
    discoveryApi
      .getBaseUrl('auth')
      .then(authUrl =>
        fetch(`${authUrl}/${PROXY_PROVIDER}/refresh`, {
          credentials: 'include',
          headers: { 'X-Requested-With': 'XMLHttpRequest' },
        }),
      )
      .then(
        response => current && setProxied(response.ok),
        () => current && setProxied(false),
      );
    return () => {
      current = false;
    };
  }, [discoveryApi]);

  if (proxied === undefined) {
    return <Progress />;
  }
  if (proxied) {
    return <ProxiedSignInPage {...props} provider={PROXY_PROVIDER} />;
  }
  return <SignInPage {...props} providers={['guest']} />;
}
