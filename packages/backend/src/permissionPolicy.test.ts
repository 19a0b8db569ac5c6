import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { radarCitePermission } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ExamplePermissionPolicy, readCiteGroups } from './permissionPolicy';

function userIn(...ownershipEntityRefs: string[]): PolicyQueryUser {
  const userEntityRef = ownershipEntityRefs[0];
  return {
    identity: { type: 'user', userEntityRef, ownershipEntityRefs },
    info: { userEntityRef, ownershipEntityRefs },
    credentials: mockCredentials.user(userEntityRef),
    token: 'token',
  } as PolicyQueryUser;
}

const guest = userIn('user:default/guest', 'group:default/platform-team');
const outsider = userIn('user:default/alex', 'group:default/payments-team');
const catalogRead = createPermission({
  name: 'catalog.entity.read',
  attributes: { action: 'read' },
});

describe('the example permission policy', () => {
  const policy = new ExamplePermissionPolicy(
    readCiteGroups(new ConfigReader({})),
  );
  const decide = async (
    user: PolicyQueryUser | undefined,
    permission = radarCitePermission,
  ) => (await policy.handle({ permission }, user)).result;

  it('lets only platform-team members cite radar evidence by default', async () => {
    expect(await decide(guest)).toBe(AuthorizeResult.ALLOW);
    expect(await decide(outsider)).toBe(AuthorizeResult.DENY);
    expect(await decide(undefined)).toBe(AuthorizeResult.DENY);
  });

  it('allows everything else to everyone', async () => {
    expect(await decide(outsider, catalogRead)).toBe(AuthorizeResult.ALLOW);
    expect(await decide(undefined, catalogRead)).toBe(AuthorizeResult.ALLOW);
  });

  it('takes the groups from conferenceTakeaways.radar.citeGroups', async () => {
    const groups = readCiteGroups(
      new ConfigReader({
        conferenceTakeaways: { radar: { citeGroups: ['Payments-Team'] } },
      }),
    );
    const configured = new ExamplePermissionPolicy(groups);

    expect(groups).toEqual(['group:default/payments-team']);
    const result = async (user: PolicyQueryUser) =>
      (await configured.handle({ permission: radarCitePermission }, user))
        .result;
    expect(await result(outsider)).toBe(AuthorizeResult.ALLOW);
    expect(await result(guest)).toBe(AuthorizeResult.DENY);
  });
});
