import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_RESPONSE_LIMITS, readResponseLimits } from './responseLimits';

function read(responses: unknown) {
  const logger = mockServices.logger.mock();
  const limits = readResponseLimits(
    new ConfigReader({ conferenceTakeaways: { responses } } as any),
    logger,
  );
  return { limits, errors: logger.error.mock.calls.map(call => call[0]) };
}

describe('readResponseLimits', () => {
  it('uses the defaults when nothing is set', () => {
    expect(read(undefined)).toEqual({
      limits: { pageSize: 20, maxPageSize: 100, maxListed: 50 },
      errors: [],
    });
  });

  it('reads each setting', () => {
    expect(read({ pageSize: 5, maxPageSize: 40, maxListed: 7 }).limits).toEqual(
      { pageSize: 5, maxPageSize: 40, maxListed: 7 },
    );
  });

  it.each([0, -3, 2.5, 1001, 'ten'])(
    'logs %j naming the setting and keeps the default',
    value => {
      const { limits, errors } = read({ maxListed: value });

      expect(limits.maxListed).toBe(DEFAULT_RESPONSE_LIMITS.maxListed);
      expect(errors).toEqual([
        `conferenceTakeaways.responses.maxListed: must be a whole number from 1 to 1000, got ${JSON.stringify(
          value,
        )}; using the default 50`,
      ]);
    },
  );

  it('never lets the default page be larger than the largest allowed', () => {
    const { limits, errors } = read({ pageSize: 80, maxPageSize: 30 });

    expect(limits).toMatchObject({ pageSize: 30, maxPageSize: 30 });
    expect(errors).toEqual([
      'conferenceTakeaways.responses.pageSize (80) is larger than conferenceTakeaways.responses.maxPageSize (30); using 30',
    ]);
  });
});
