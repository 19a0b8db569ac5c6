import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogReadDecisions } from './CatalogReadDecision';

function countingPermissions(result: AuthorizeResult) {
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0 };
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async () => {
      stats.calls += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await new Promise(resolve => setTimeout(resolve, 5));
      stats.inFlight -= 1;
      return [{ result } as never];
    },
  });
  return { permissions, stats };
}

describe('CatalogReadDecisions', () => {
  it.each([
    [AuthorizeResult.ALLOW, 'everything'],
    [AuthorizeResult.DENY, 'nothing'],
    [AuthorizeResult.CONDITIONAL, 'some'],
  ])('reads %s as %s', async (result, expected) => {
    const { permissions } = countingPermissions(result);
    const decisions = new CatalogReadDecisions({
      permissions,
      maxConcurrent: 5,
      reuseMs: 0,
    });
    expect(await decisions.decide(mockCredentials.user())).toBe(expected);
  });

  it('answers "some" without a permissions service, so callers are filtered by their reads', async () => {
    const decisions = new CatalogReadDecisions({
      maxConcurrent: 5,
      reuseMs: 0,
    });
    expect(await decisions.decide(mockCredentials.user())).toBe('some');
  });

  it('shares one check among concurrent requests of one principal and bounds the checks in flight', async () => {
    const { permissions, stats } = countingPermissions(AuthorizeResult.ALLOW);
    const decisions = new CatalogReadDecisions({
      permissions,
      maxConcurrent: 2,
      reuseMs: 0,
    });
    const users = Array.from({ length: 6 }, (_, i) => `user:default/u${i}`);

    const answers = await Promise.all(
      users.flatMap(user =>
        Array.from({ length: 20 }, () =>
          decisions.decide(mockCredentials.user(user)),
        ),
      ),
    );

    expect(answers).toEqual(Array(120).fill('everything'));
    expect(stats.calls).toBe(6);
    expect(stats.maxInFlight).toBe(2);
    // with reuseMs 0 nothing is kept: a later request asks again
    await decisions.decide(mockCredentials.user(users[0]));
    expect(stats.calls).toBe(7);
  });

  it('reuses an answer for reuseMs for the same principal and token, then asks again', async () => {
    const { permissions, stats } = countingPermissions(AuthorizeResult.ALLOW);
    let now = 0;
    const decisions = new CatalogReadDecisions({
      permissions,
      maxConcurrent: 2,
      reuseMs: 10_000,
      now: () => now,
    });
    const alice = mockCredentials.user('user:default/alice');

    await decisions.decide(alice);
    now = 9_000;
    await decisions.decide(alice);
    expect(stats.calls).toBe(1);
    // another token of the same user (here: another expiry) asks again
    await decisions.decide({ ...alice, expiresAt: new Date(60_000) });
    expect(stats.calls).toBe(2);
    now = 20_000;
    await decisions.decide(alice);
    expect(stats.calls).toBe(3);
  });

  it('does not keep a failed check', async () => {
    const permissions = mockServices.permissions.mock({
      authorizeConditional: jest
        .fn()
        .mockRejectedValueOnce(new Error('permission backend down'))
        .mockResolvedValue([{ result: AuthorizeResult.ALLOW }]),
    });
    const decisions = new CatalogReadDecisions({
      permissions,
      maxConcurrent: 2,
      reuseMs: 10_000,
    });

    await expect(decisions.decide(mockCredentials.user())).rejects.toThrow(
      'permission backend down',
    );
    expect(await decisions.decide(mockCredentials.user())).toBe('everything');
  });
});
