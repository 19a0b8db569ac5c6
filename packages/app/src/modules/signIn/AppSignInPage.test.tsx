import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { AppSignInPage } from './AppSignInPage';

/** An unsigned token of the shape the auth backend issues (only read here). */
const part = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');
const token = [
  part({ alg: 'none' }),
  part({
    sub: 'user:default/robin-demo',
    ent: ['user:default/robin-demo'],
    exp: Math.floor(Date.now() / 1000) + 3600,
  }),
  'signature',
].join('.');

const identity = {
  providerInfo: {},
  profile: { displayName: 'Robin Demo' },
  backstageIdentity: {
    token,
    identity: {
      type: 'user',
      userEntityRef: 'user:default/robin-demo',
      ownershipEntityRefs: ['user:default/robin-demo'],
    },
  },
};

describe('AppSignInPage', () => {
  const originalFetch = global.fetch;
  afterEach(() => {
    global.fetch = originalFetch;
  });

  async function render(fetchImpl: typeof fetch) {
    const fetchMock = jest.fn(fetchImpl);
    // only the auth backend's refresh; the test app's own requests pass
    global.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('/api/auth/')
        ? fetchMock(input, init)
        : originalFetch(input, init)) as typeof fetch;
    const onSignInSuccess = jest.fn();
    // the sign-in pages load their translations lazily
    await renderInTestApp(
      <Suspense fallback={null}>
        <AppSignInPage onSignInSuccess={onSignInSuccess} />
      </Suspense>,
      {
        apis: [mockApis.discovery({ baseUrl: 'http://backstage.test' })],
        // the sign-in page shows the app's title
        config: { app: { title: 'Test portal' } },
      },
    );
    return { fetchMock, onSignInSuccess };
  }

  it('offers the guest sign-in when no proxy forwards a user', async () => {
    const { fetchMock } = await render(
      async () => new Response('{}', { status: 401 }),
    );

    expect(
      await screen.findByRole('button', { name: 'Enter' }),
    ).toBeInTheDocument();
    expect(String(fetchMock.mock.calls[0][0])).toBe(
      'http://backstage.test/api/auth/oauth2Proxy/refresh',
    );
  });

  it('signs in the user oauth2-proxy forwards', async () => {
    const { onSignInSuccess } = await render(
      async () =>
        new Response(JSON.stringify(identity), {
          headers: { 'content-type': 'application/json' },
        }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const identityApi = onSignInSuccess.mock.calls[0][0];
    expect((await identityApi.getBackstageIdentity()).userEntityRef).toBe(
      'user:default/robin-demo',
    );
    expect(screen.queryByRole('button', { name: 'Enter' })).toBeNull();
  });
});
