import { Entity } from '@backstage/catalog-model';
import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const report = (title: string, body: string) =>
  `---\ntitle: ${title}\nconference: kubecon-eu-2022\n---\n${body}`;

const FIRST = report(
  'Team A at KubeCon',
  '## Linkerd keeps winning\nLinkerd everywhere.\n\nTalks:\n- "Linkerd in Production" by Speaker One\n',
);
const SECOND = report(
  'Team B at KubeCon',
  '## Meshes are boring now\nA word on Istio.\n\nTalks:\n- "Linkerd in production" by Speaker Two — https://www.youtube.com/watch?v=abc\n',
);

describe('extractEntities', () => {
  it('rejects files over the size limit, naming the file and the limit', () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    expect(extractEntities([file('huge.md', big)]).problems).toEqual([
      {
        path: 'huge.md',
        message: 'huge.md is 2.0 MiB, over the 1.0 MiB limit for report files',
      },
    ]);
    expect(
      extractEntities([file('small.md', FIRST)], { maxFileBytes: 100 })
        .problems[0].message,
    ).toMatch(/^small\.md is \d+ bytes, over the 100 bytes limit/);
  });

  it('rejects binary content and invalid UTF-8', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00,
    ]);
    const latin1 = Buffer.from('KubeCon Europe 2022 in Val\xe8ncia', 'latin1');
    expect(
      extractEntities([file('logo.png', png), file('old.txt', latin1)])
        .problems,
    ).toEqual([
      {
        path: 'logo.png',
        message:
          'logo.png has binary content (NUL byte at offset 8); report files must be UTF-8 text',
      },
      { path: 'old.txt', message: 'old.txt is not valid UTF-8 text' },
    ]);
  });

  it('fills description and tags, so the catalog About card reads right', () => {
    const long = `Linkerd keeps winning **because** it stays small. ${'More words. '.repeat(
      40,
    )}`;
    const { entities } = extractEntities([
      file(
        'a.md',
        report(
          'Team A at KubeCon',
          `## Linkerd keeps winning\n${long}\n\nSecond paragraph.\n\nTalks:\n- "Linkerd in Production" by Speaker One\n`,
        ),
      ),
    ]);
    const [takeaway] = byKind(entities, 'Takeaway');
    expect(takeaway.metadata.description).toMatch(
      /^Linkerd keeps winning because it stays small\. More words\./,
    );
    expect(takeaway.metadata.description!.length).toBeLessThanOrEqual(280);
    expect(takeaway.metadata.description).toMatch(/…$/);
    expect(takeaway.metadata.tags).toEqual(['linkerd']);

    const [talk] = byKind(entities, 'Talk');
    expect(talk.metadata.description).toBe('A talk by Speaker One.');
    expect(talk.metadata.tags).toEqual(['linkerd']);
  });

  it('still extracts every good file next to bad ones', () => {
    const { entities, problems } = extractEntities([
      file('a.md', FIRST),
      file('bad.yaml', 'kind: [\n'),
      file('empty.txt', ''),
      file('list.json', '[]'),
      file('b.md', SECOND),
    ]);
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^invalid YAML in bad\.yaml: line 2/),
      'empty.txt is empty',
      expect.stringMatching(/^unsupported JSON in list\.json/),
    ]);
    expect(byKind(entities, 'Takeaway')).toHaveLength(2);
  });

  it('merges the same talk cited by two reports into one entity', () => {
    const { entities } = extractEntities([
      file('a.md', FIRST),
      file('b.md', SECOND),
    ]);
    const talks = byKind(entities, 'Talk');
    expect(talks).toHaveLength(1);
    expect(spec(talks[0]).speakers).toEqual(['Speaker One', 'Speaker Two']);
    expect(spec(talks[0]).recordingUrl).toBe(
      'https://www.youtube.com/watch?v=abc',
    );
    const ref = `talk:default/${talks[0].metadata.name}`;
    expect(byKind(entities, 'Takeaway').map(t => spec(t).talks)).toEqual([
      [ref],
      [ref],
    ]);
    expect(byKind(entities, 'Conference')).toHaveLength(1);
  });

  it('lets a hand-written descriptor win over derived fields', () => {
    const derived = extractEntities([file('a.md', FIRST)]).entities;
    const talk = byKind(derived, 'Talk')[0];
    const descriptor = `apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: ${talk.metadata.name}
  links: [{ url: 'https://example.com/slides', title: Slides }]
spec:
  title: Linkerd in Production (director's cut)
  speakers: [Speaker Zero]
  format: keynote
  conference: conference:default/kubecon-eu-2022
---
apiVersion: conference-takeaways.dev/v1alpha1
kind: Conference
metadata:
  name: kubecon-eu-2022
spec:
  series: KubeCon + CloudNativeCon
  region: Europe
  city: Valencia
  year: 2022
  startDate: '2022-05-16'
`;
    const { entities, problems } = extractEntities([
      file('z-talks.yaml', descriptor, 'https://git.example.com/talks.yaml'),
      file('a.md', FIRST),
    ]);
    expect(problems).toEqual([]);
    const merged = byKind(entities, 'Talk');
    expect(merged).toHaveLength(1);
    expect(spec(merged[0])).toEqual({
      title: "Linkerd in Production (director's cut)",
      speakers: ['Speaker Zero', 'Speaker One'],
      format: 'keynote',
      conference: 'conference:default/kubecon-eu-2022',
      tools: ['linkerd'],
    });
    expect(merged[0].metadata.links).toEqual([
      { url: 'https://example.com/slides', title: 'Slides' },
    ]);
    expect(
      merged[0].metadata.annotations?.[
        'conference-takeaways.dev/source-report'
      ],
    ).toBe('https://git.example.com/talks.yaml');
    expect(spec(byKind(entities, 'Conference')[0]).startDate).toBe(
      '2022-05-16',
    );
  });

  it('gives the same output for the same input, in any file order', () => {
    const files = [file('b.md', SECOND), file('a.md', FIRST)];
    const once = extractEntities(files);
    const twice = extractEntities([...files].reverse());
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
    expect(once.entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Conference:kubecon-eu-2022',
      `Talk:${byKind(once.entities, 'Talk')[0].metadata.name}`,
      ...byKind(once.entities, 'Takeaway')
        .map(e => `Takeaway:${e.metadata.name}`)
        .sort(),
    ]);
  });

  it('annotates every entity with its source and uses the namespace', () => {
    const { entities } = extractEntities(
      [file('reports/a.md', FIRST, 'https://git.example.com/reports/a.md')],
      { namespace: 'conferences' },
    );
    for (const entity of entities) {
      expect(entity.metadata.namespace).toBe('conferences');
      expect(entity.metadata.annotations).toEqual({
        'conference-takeaways.dev/source-report':
          'https://git.example.com/reports/a.md',
      });
    }
    expect(spec(byKind(entities, 'Takeaway')[0]).conference).toBe(
      'conference:conferences/kubecon-eu-2022',
    );
    const { entities: local } = extractEntities([file('reports/a.md', FIRST)]);
    expect(
      local[0].metadata.annotations?.['conference-takeaways.dev/source-report'],
    ).toBe('reports/a.md');
  });

  it('sniffs the format of files without a known extension', () => {
    const { entities, problems } = extractEntities([
      file('REPORT', FIRST),
      file(
        'catalog-entry',
        'apiVersion: conference-takeaways.dev/v1alpha1\nkind: Conference\nmetadata: { name: kubecon-na-2019 }\nspec: { series: KubeCon, year: 2019 }\n',
      ),
    ]);
    expect(problems).toEqual([]);
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual(
      expect.arrayContaining([
        'Conference:kubecon-na-2019',
        'Conference:kubecon-eu-2022',
      ]),
    );
    expect(byKind(entities, 'Takeaway')).toHaveLength(1);
  });

  it('stays fast on input made to trip up its patterns', () => {
    const sourceOf = (e: Entity) =>
      e.metadata.annotations?.['conference-takeaways.dev/source-report'];
    // CPU time of this process, not wall time: what the extractor costs,
    // whatever else the machine (or the other test workers) is doing
    const started = process.cpuUsage();
    const { entities, problems } = extractEntities([
      file(
        'caps.txt',
        `KubeCon Europe 2022\n${'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA xyz presented “Hello World” by '.repeat(
          5000,
        )}`,
      ),
      file(
        'colons.txt',
        `KubeCon Europe 2022\n${'Topic line:\n'.repeat(50000)}`,
      ),
      file(
        'dashes.md',
        `---\nconference: kubecon-eu-2022\n---\n## A\n\n- ${'a - '.repeat(
          100000,
        )}`,
      ),
    ]);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(10000);
    // nothing is rejected; the one overlong summary is cut, and said so
    expect(new Set(entities.map(sourceOf))).toEqual(
      new Set(['caps.txt', 'colons.txt', 'dashes.md']),
    );
    expect(problems).toEqual([
      {
        path: 'dashes.md',
        message: expect.stringContaining(
          'conferenceTakeaways.reports.limits.summaryLength',
        ),
      },
    ]);
  }, 30000);
});
