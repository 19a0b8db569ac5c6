import { parseOrgRadar, RadarFormatError } from './parseOrgRadar';
import { radarData } from './testData';

function withEntry(patch: Record<string, unknown>, index = 0) {
  return {
    ...radarData,
    entries: radarData.entries.map((entry, i) =>
      i === index ? { ...entry, ...patch } : entry,
    ),
  };
}

function problemsOf(data: unknown): string[] {
  try {
    parseOrgRadar(data);
  } catch (error) {
    expect(error).toBeInstanceOf(RadarFormatError);
    return (error as RadarFormatError).problems;
  }
  throw new Error('expected parseOrgRadar to throw');
}

describe('parseOrgRadar', () => {
  it('sorts every timeline newest first, whatever the file order', () => {
    const radar = parseOrgRadar(radarData);

    const otel = radar.entries.find(e => e.id === 'otel')!;
    expect(otel.timeline.map(t => [t.date, t.ringId])).toEqual([
      ['2022-06-13', 'adopt'],
      ['2021-03-15', 'trial'],
      ['2019-12-09', 'assess'],
    ]);
    const linkerd = radar.entries.find(e => e.id === 'linkerd')!;
    expect(linkerd.timeline[0].date).toBe('2020-02-10');
  });

  it('keeps our additions and fills the defaults', () => {
    const radar = parseOrgRadar(radarData);
    const byId = new Map(radar.entries.map(e => [e.id, e]));

    expect(byId.get('docker-swarm')?.active).toBe(false);
    expect(byId.get('linkerd')?.active).toBe(true);
    expect(byId.get('linkerd')?.timeline[0].evidence).toEqual([
      'takeaway:default/linkerd-mesh-111111',
      'takeaway:default/deleted-999999',
    ]);
    // istio gives no key, links or evidence
    expect(byId.get('istio')).toMatchObject({
      key: 'istio',
      links: [],
      timeline: [{ evidence: [] }],
    });
  });

  it('accepts dates that YAML 1.1 parsers turn into Date objects', () => {
    const radar = parseOrgRadar(
      withEntry({
        timeline: [
          { date: new Date('2021-01-02T00:00:00Z'), ringId: 'trial' },
          { date: '2022-03-04T10:00:00Z', ringId: 'adopt' },
        ],
      }),
    );

    expect(radar.entries[0].timeline.map(t => t.date)).toEqual([
      '2022-03-04T10:00:00Z',
      '2021-01-02',
    ]);
  });

  it('names the entry and field of each problem', () => {
    const problems = problemsOf(
      withEntry(
        {
          timeline: [
            { date: '10/02/2020', ringId: 'adopt', moved: 2 },
            { date: '2019-01-01' },
          ],
        },
        1,
      ),
    );

    expect(problems).toEqual([
      'entries[1] (istio).timeline[0].date: expected a date such as 2022-05-16 or an ISO 8601 date-time',
      'entries[1] (istio).timeline[0].moved: expected -1, 0 or 1',
      'entries[1] (istio).timeline[1].ringId: Required',
    ]);
  });

  it('rejects unknown rings and quadrants, listing the known ones', () => {
    const problems = problemsOf(
      withEntry({
        quadrant: 'languages',
        timeline: [{ date: '2020-01-01', ringId: 'hodl' }],
      }),
    );

    expect(problems).toEqual([
      'entries[0] (linkerd).quadrant: unknown quadrant "languages", expected one of infrastructure, observability',
      'entries[0] (linkerd).timeline[0].ringId: unknown ring "hodl", expected one of adopt, trial, assess, hold',
    ]);
  });

  it('rejects an empty timeline: the radar draws an entry at its newest ring', () => {
    expect(problemsOf(withEntry({ timeline: [] }))).toEqual([
      'entries[0] (linkerd).timeline: Array must contain at least 1 element(s)',
    ]);
  });

  it('rejects duplicate ids', () => {
    const data = {
      ...radarData,
      entries: [...radarData.entries, radarData.entries[0]],
    };

    expect(problemsOf(data)).toEqual([
      'entries: id "linkerd" is used more than once',
      'entries: key "linkerd" is used more than once',
    ]);
  });

  it.each([
    [null, 'Expected object, received null'],
    ['just text', 'Expected object, received string'],
    [
      { quadrants: [], rings: [], entries: [] },
      'quadrants: Array must contain',
    ],
  ])('rejects data that is no radar: %j', (data, problem) => {
    expect(problemsOf(data).join('; ')).toContain(problem);
  });

  it('says what is wrong in its message', () => {
    expect(() => parseOrgRadar(withEntry({ title: '' }))).toThrow(
      'Invalid tech radar: entries[0] (linkerd).title: String must contain at least 1 character(s)',
    );
  });
});
