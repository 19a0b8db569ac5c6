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
    const decisions = new CatalogReadDecisions(permissions, 5);
    expect(await decisions.decide(mockCredentials.user())).toBe(expected);
  });

  it('answers "some" without a permissions service, so callers are filtered by their reads', async () => {
    const decisions = new CatalogReadDecisions(undefined, 5);
    expect(await decisions.decide(mockCredentials.user())).toBe('some');
  });

  it('shares one check among concurrent requests of one principal and bounds the checks in flight', async () => {
    const { permissions, stats } = countingPermissions(AuthorizeResult.ALLOW);
    const decisions = new CatalogReadDecisions(permissions, 2);
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
    // nothing is kept: a later request asks again
    await decisions.decide(mockCredentials.user(users[0]));
    expect(stats.calls).toBe(7);
  });
});
