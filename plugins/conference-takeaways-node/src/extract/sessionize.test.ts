import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const EXPORT = {
  sessions: [
    {
      id: '101',
      title: 'Linkerd at Scale',
      description: 'How we run Linkerd and OpenTelemetry across 40 clusters.',
      speakers: ['s1', 's2'],
      categoryItems: [1, 10],
      recordingUrl: 'https://www.youtube.com/watch?v=abc',
    },
    {
      id: '102',
      title: 'Opening Keynote',
      description: null,
      speakers: ['s3'],
      categoryItems: [],
      isPlenumSession: true,
      recordingUrl: null,
    },
    {
      id: '103',
      title: 'Mesh Panel',
      speakers: ['s1'],
      categoryItems: [2],
      recordingUrl: 'ftp://example.com/video',
    },
    { id: '104', title: 'Lunch', speakers: [], isServiceSession: true },
  ],
  speakers: [
    { id: 's1', fullName: 'Speaker One', tagLine: 'Engineer at Example' },
    { id: 's2', fullName: 'Speaker Two' },
    { id: 's3', fullName: 'Speaker Three' },
  ],
  categories: [
    {
      title: 'Session Format',
      items: [
        { id: 1, name: 'Lightning Talk' },
        { id: 2, name: 'Panel Discussion' },
      ],
    },
    { title: 'Track', items: [{ id: 10, name: 'Service Mesh' }] },
  ],
};

const sessionize = (data: unknown, path = 'kubecon-eu-2022.sessionize.json') =>
  extractEntities([file(path, JSON.stringify(data))]);

describe('Sessionize exports', () => {
  it('turns sessions into talks of the conference named by the file', () => {
    const { entities, problems } = sessionize(EXPORT);
    const [conference] = byKind(entities, 'Conference');
    expect(conference.metadata.name).toBe('kubecon-eu-2022');
    const talks = byKind(entities, 'Talk').map(spec);
    expect(talks.map(t => t.title).sort()).toEqual([
      'Linkerd at Scale',
      'Mesh Panel',
      'Opening Keynote',
    ]);
    expect(talks.find(t => t.title === 'Linkerd at Scale')).toEqual({
      title: 'Linkerd at Scale',
      speakers: ['Speaker One', 'Speaker Two'],
      format: 'lightning',
      track: 'Service Mesh',
      conference: 'conference:default/kubecon-eu-2022',
      recordingUrl: 'https://www.youtube.com/watch?v=abc',
      tools: ['linkerd', 'opentelemetry'],
    });
    expect(talks.find(t => t.title === 'Opening Keynote')?.format).toBe(
      'keynote',
    );
    expect(talks.find(t => t.title === 'Mesh Panel')?.format).toBe('panel');
    expect(
      talks.find(t => t.title === 'Mesh Panel')?.recordingUrl,
    ).toBeUndefined();
    expect(problems.map(p => p.message)).toEqual([
      'sessions[2] (id 103) in kubecon-eu-2022.sessionize.json: recordingUrl "ftp://example.com/video" is not an http(s) URL and was dropped',
    ]);
  });

  it('skips broken sessions, naming the missing field, and keeps the rest', () => {
    const broken = {
      ...EXPORT,
      sessions: [
        { id: '900', speakers: [] },
        { title: 'No id', speakers: [] },
        ...EXPORT.sessions.slice(0, 2),
      ],
      speakers: [...EXPORT.speakers, { id: 's9' }],
    };
    const { entities, problems } = sessionize(broken);
    expect(byKind(entities, 'Talk')).toHaveLength(2);
    expect(problems.map(p => p.message)).toEqual([
      'speakers[3] in kubecon-eu-2022.sessionize.json skipped: fullName: Required',
      'sessions[0] (id 900) in kubecon-eu-2022.sessionize.json skipped: title: Required',
      'sessions[1] in kubecon-eu-2022.sessionize.json skipped: id: Required',
    ]);
  });

  it('rejects an export without sessions or speakers', () => {
    const { entities, problems } = sessionize({ sessions: [] });
    expect(entities).toEqual([]);
    expect(problems[0].message).toBe(
      'invalid Sessionize export kubecon-eu-2022.sessionize.json: speakers: Required',
    );
  });

  it('reports speakers that are not in the export', () => {
    const { problems } = sessionize({
      sessions: [{ id: '1', title: 'T', speakers: ['ghost'] }],
      speakers: [],
    });
    expect(problems.map(p => p.message)).toEqual([
      'sessions[0] (id 1) in kubecon-eu-2022.sessionize.json names unknown speaker id ghost',
    ]);
  });

  it('needs the file to be named after the conference', () => {
    expect(
      sessionize(EXPORT, 'Program Export.sessionize.json').problems[0].message,
    ).toBe(
      'Sessionize export Program Export.sessionize.json must be named after its conference entity, e.g. kubecon-eu-2022.sessionize.json',
    );
  });

  it('recognises an export by its shape in any .json file', () => {
    const { entities, problems } = sessionize(
      EXPORT,
      'exports/kubecon-na-2022.json',
    );
    expect(problems).toHaveLength(1);
    expect(byKind(entities, 'Conference')[0].metadata.name).toBe(
      'kubecon-na-2022',
    );
  });

  it('rejects other JSON', () => {
    expect(sessionize([1, 2], 'data.json').problems[0].message).toBe(
      'unsupported JSON in data.json: only Sessionize "All data" exports (sessions, speakers, categories) are read',
    );
    expect(
      extractEntities([file('x.sessionize.json', '{ nope')]).problems[0]
        .message,
    ).toMatch(/^invalid JSON in x\.sessionize\.json: /);
  });
});
