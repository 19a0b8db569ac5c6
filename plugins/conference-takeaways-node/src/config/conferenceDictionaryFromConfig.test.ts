import { ConfigReader } from '@backstage/config';
import { ConferenceDictionary, detectConferences } from '../conferences';
import { conferenceDictionaryFromConfig } from './conferenceDictionaryFromConfig';

function read(conferences: unknown) {
  const logger = { error: jest.fn() };
  const dictionary = conferenceDictionaryFromConfig(
    new ConfigReader({ conferenceTakeaways: { conferences } } as any),
    logger,
  );
  return { dictionary, logger };
}

describe('conferenceDictionaryFromConfig', () => {
  it('keeps the built-in dictionary when nothing is configured', () => {
    const logger = { error: jest.fn() };
    expect(conferenceDictionaryFromConfig(new ConfigReader({}), logger)).toBe(
      ConferenceDictionary.default(),
    );
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('adds a series and extends a built-in one', () => {
    const { dictionary, logger } = read([
      {
        id: 'internal-summit',
        name: 'Internal Platform Summit',
        aliases: ['IPS Summit'],
        editions: [{ year: 2024, city: 'Lyon', startDate: '2024-09-12' }],
      },
      {
        id: 'qcon',
        editions: [
          {
            year: 2023,
            region: 'San Francisco',
            city: 'San Francisco',
            startDate: '2023-10-02',
            endDate: '2023-10-06',
          },
        ],
      },
    ]);
    expect(logger.error).not.toHaveBeenCalled();
    expect(
      detectConferences(
        { text: 'Recap of the IPS Summit 2024, our own.' },
        dictionary,
      ).main,
    ).toMatchObject({ name: 'internal-summit-2024', city: 'Lyon' });
    expect(dictionary.get('qcon')?.name).toBe('QCon');
    expect(dictionary.get('qcon')?.editions).toHaveLength(
      (ConferenceDictionary.default().get('qcon')?.editions?.length ?? 0) + 1,
    );
  });

  it('logs a faulty entry naming the setting and keeps the others', () => {
    const { dictionary, logger } = read([
      { id: 'Bad Id', name: 'Bad' },
      { id: 'good-con', name: 'GoodCon' },
      {
        id: 'late-con',
        name: 'LateCon',
        editions: [{ year: 2024, startDate: '12/05/2024' }],
      },
      { id: 'clash', name: 'Clash', aliases: ['KubeCon'] },
      'not an object',
    ]);
    expect(dictionary.get('good-con')).toBeDefined();
    expect(dictionary.get('late-con')).toBeUndefined();
    const messages = logger.error.mock.calls.map(([m]) => m);
    expect(messages).toEqual([
      expect.stringMatching(
        /^conferenceTakeaways\.conferences\[0\]: id must be/,
      ),
      expect.stringMatching(
        /^conferenceTakeaways\.conferences\[2\]: editions\[0\]\.startDate must be a date written YYYY-MM-DD/,
      ),
      expect.stringMatching(
        /^conferenceTakeaways\.conferences\[3\]: "KubeCon" of conference series "clash" already names "kubecon"/,
      ),
      expect.stringMatching(
        /^conferenceTakeaways\.conferences\[4\]: must be an object/,
      ),
    ]);
  });

  it('refuses a setting that is not a list', () => {
    const { dictionary, logger } = read({ id: 'x' });
    expect(dictionary).toBe(ConferenceDictionary.default());
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'conferenceTakeaways.conferences: must be a list',
      ),
    );
  });
});
