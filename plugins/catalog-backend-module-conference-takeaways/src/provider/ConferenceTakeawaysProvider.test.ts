import { ConferenceTakeawaysProvider } from './ConferenceTakeawaysProvider';
import { mockServices } from '@backstage/backend-test-utils';

describe('ConferenceTakeawaysProvider', () => {
  it('should read entities from the target', async () => {
    const logger = mockServices.logger.mock();
    const provider = new ConferenceTakeawaysProvider({
      id: 'test',
      target: 'https://example.com',
      logger: mockServices.logger.mock(),
      taskRunner: { run: jest.fn() },
    });

    const entities = await provider.read({ logger });

    expect(entities).toEqual([]);
  });
})
