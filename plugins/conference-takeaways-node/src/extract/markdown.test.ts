import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const REPORT = `---
title: "KubeCon + CloudNativeCon Europe 2022 — what we brought back"
conference:
  series: KubeCon + CloudNativeCon
  region: Europe
  year: 2022
  city: Valencia
  startDate: 2022-05-16
  endDate: 2022-05-20
author: Jane Doe
date: 2022-06-01
url: https://example.com/blog/kubecon-eu-2022
owner: group:default/platform-team
---
Intro paragraph: ignored for takeaways, even when it names Istio.

## Linkerd is the service mesh people actually enjoy running

Teams told us **Linkerd** was boring in the best way. Linkerd upgrades were
uneventful and its mTLS was on by default.

Tools: linkerd

Talks:
- "Linkerd in Production" by Speaker One & Speaker Two — https://www.youtube.com/watch?v=abc
- [Xbox Cloud Gaming on Linkerd](https://example.com/sched/xbox) by Speaker Three & Speaker Four
- Keynote: "State of the Mesh" by Speaker Five

## OpenTelemetry is almost ready

Traces are stable, metrics nearly; logs later. We compared it with Jaeger.

- a plain list item that is not a talk
`;

describe('Markdown reports', () => {
  const { entities, problems } = extractEntities([
    file('reports/eu-2022.md', REPORT),
  ]);
  const takeaways = byKind(entities, 'Takeaway');
  const linkerd = takeaways.find(t => spec(t).headline.startsWith('Linkerd'));

  it('reads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('derives the conference from the frontmatter', () => {
    const [conference] = byKind(entities, 'Conference');
    expect(conference.metadata.name).toBe('kubecon-eu-2022');
    expect(conference.spec).toEqual({
      series: 'KubeCon + CloudNativeCon',
      edition: 'Europe 2022',
      region: 'Europe',
      city: 'Valencia',
      year: 2022,
      startDate: '2022-05-16',
      endDate: '2022-05-20',
    });
  });

  it('makes one takeaway per ## section', () => {
    expect(takeaways.map(t => spec(t).headline).sort()).toEqual([
      'Linkerd is the service mesh people actually enjoy running',
      'OpenTelemetry is almost ready',
    ]);
    expect(spec(linkerd).report).toEqual({
      title: 'KubeCon + CloudNativeCon Europe 2022 — what we brought back',
      author: 'Jane Doe',
      date: '2022-06-01',
      url: 'https://example.com/blog/kubecon-eu-2022',
    });
    expect(spec(linkerd).conference).toBe('conference:default/kubecon-eu-2022');
    expect(spec(linkerd).owner).toBe('group:default/platform-team');
  });

  it('keeps the section Markdown as summary, minus the Talks list and Tools line', () => {
    expect(spec(linkerd).summary).toBe(
      'Teams told us **Linkerd** was boring in the best way. Linkerd upgrades were\n' +
        'uneventful and its mTLS was on by default.',
    );
    const otel = takeaways.find(t =>
      spec(t).headline.startsWith('OpenTelemetry'),
    );
    expect(spec(otel).summary).toContain(
      '- a plain list item that is not a talk',
    );
  });

  it('detects tools, with the Tools line as subject', () => {
    expect(spec(linkerd).tools[0]).toBe('linkerd');
    expect(spec(linkerd).subjectTools).toEqual(['linkerd']);
    const otel = takeaways.find(t =>
      spec(t).headline.startsWith('OpenTelemetry'),
    );
    expect(spec(otel).tools).toEqual(
      expect.arrayContaining(['opentelemetry', 'jaeger']),
    );
    expect(takeaways.flatMap(t => spec(t).tools)).not.toContain('istio');
  });

  it('cites the talks of the Talks list', () => {
    const talks = byKind(entities, 'Talk');
    expect(
      talks
        .map(t => [spec(t).title, spec(t).speakers, spec(t).format ?? null])
        .sort(),
    ).toEqual([
      ['Linkerd in Production', ['Speaker One', 'Speaker Two'], null],
      ['State of the Mesh', ['Speaker Five'], 'keynote'],
      ['Xbox Cloud Gaming on Linkerd', ['Speaker Three', 'Speaker Four'], null],
    ]);
    expect(spec(linkerd).talks).toEqual(
      talks
        .map(t => `talk:default/${t.metadata.name}`)
        .sort(
          (a, b) =>
            spec(linkerd).talks.indexOf(a) - spec(linkerd).talks.indexOf(b),
        ),
    );
    const recorded = talks.find(t => spec(t).title === 'Linkerd in Production');
    expect(spec(recorded).recordingUrl).toBe(
      'https://www.youtube.com/watch?v=abc',
    );
    const linked = talks.find(t => spec(t).title.startsWith('Xbox'));
    expect(linked?.metadata.links).toEqual([
      {
        url: 'https://example.com/sched/xbox',
        title: 'Xbox Cloud Gaming on Linkerd',
      },
    ]);
  });

  it('accepts a conference entity name instead of an object', () => {
    const result = extractEntities([
      file(
        'r.md',
        '---\ntitle: Short\nconference: kubecon-na-2019\n---\n## Day two ops matter\nText.\n',
      ),
    ]);
    expect(result.problems).toEqual([]);
    expect(spec(byKind(result.entities, 'Takeaway')[0]).conference).toBe(
      'conference:default/kubecon-na-2019',
    );
    expect(spec(byKind(result.entities, 'Conference')[0])).toEqual(
      expect.objectContaining({ region: 'North America', year: 2019 }),
    );
  });

  it('reports an unknown tool in the Tools line but keeps the takeaway', () => {
    const result = extractEntities([
      file(
        'r.md',
        '---\nconference: kubecon-na-2019\n---\n## A\nText.\n\nTools: linkerd, frobnicator\n',
      ),
    ]);
    expect(result.problems).toEqual([
      {
        path: 'r.md',
        message: 'unknown tool "frobnicator" in the Tools line of "A" in r.md',
      },
    ]);
    expect(spec(byKind(result.entities, 'Takeaway')[0]).subjectTools).toEqual([
      'linkerd',
    ]);
  });
});

describe('Markdown reports with metadata we cannot use', () => {
  const extract = (text: string) => extractEntities([file('bad.md', text)]);
  const takeaways = (text: string) =>
    byKind(extract(text).entities, 'Takeaway');

  it('ignores broken front matter, naming its line, and keeps the report', () => {
    const text = '---\ntitle: x\nconference: [a,\n---\n## A\nB\n';
    const { problems } = extract(text);
    expect(problems[0].message).toMatch(
      /^front matter of bad\.md ignored: line 3, column \d+: Flow sequence/,
    );
    expect(takeaways(text).map(t => spec(t).headline)).toEqual(['A']);
  });

  it('reads a report whose front matter is not closed as text', () => {
    const text = '---\ntitle: x\n## A\nSome text.\n';
    expect(extract(text).problems[0].message).toBe(
      'front matter in bad.md is not closed by a "---" line; read as text',
    );
    expect(takeaways(text)).toHaveLength(1);
  });

  it('never evaluates JavaScript front matter', () => {
    const text = '---js\n{ title: process.exit(1) }\n---\n## A\nB\n';
    expect(extract(text).problems[0].message).toBe(
      'front matter of bad.md ignored: only YAML front matter is read',
    );
    expect(takeaways(text)).toHaveLength(1);
  });

  it('fails fast on an alias bomb in front matter', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map(
          (k, i) =>
            `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`,
        ),
    ].join('\n');
    const started = Date.now();
    const { problems } = extract(`---\n${bomb}\n---\n## A\nB\n`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems[0].message).toMatch(
      /^front matter of bad\.md ignored: too many aliases/,
    );
  });

  it('keeps the takeaways of a report that names no conference, and says so', () => {
    const text =
      '---\ntitle: Notes from a meetup\n---\n## Pairing works\nWe paired.\n';
    const { entities, problems } = extract(text);
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^no conference could be told from bad\.md .*its takeaways are kept without one/,
      ),
    ]);
    const [takeaway] = byKind(entities, 'Takeaway');
    expect(spec(takeaway).conference).toBeUndefined();
    expect(
      takeaway.metadata.annotations?.['conference-takeaways.dev/unknown'],
    ).toBe('conference');
    expect(byKind(entities, 'Conference')).toEqual([]);
  });

  it('infers the conference when the front matter one is unusable', () => {
    const text =
      '---\ntitle: Back from KubeCon Europe 2022\nconference:\n  series: KubeCon\n---\n## A\nB\n';
    const { entities, problems } = extract(text);
    expect(problems[0].message).toContain('conference.year Required');
    expect(spec(byKind(entities, 'Takeaway')[0]).conference).toBe(
      'conference:default/kubecon-eu-2022',
    );
    expect(
      byKind(entities, 'Takeaway')[0].metadata.annotations?.[
        'conference-takeaways.dev/inferred'
      ],
    ).toMatch(/^conference: KubeCon \+ CloudNativeCon Europe 2022/);
  });

  it('ignores non-http URLs and bad dates with a warning', () => {
    const text =
      '---\nconference: kubecon-eu-2022\nurl: javascript:alert(1)\ndate: 2022-13-45\n---\n## A\nB\n';
    const { problems } = extract(text);
    expect(problems.map(p => p.message)).toEqual([
      'front matter date "2022-13-45" is not a date; ignored',
      'front matter url "javascript:alert(1)" is not an http(s) URL; ignored',
    ]);
    expect(spec(takeaways(text)[0]).report).toEqual({ title: 'bad' });
  });

  it('makes a report without sections one takeaway under its title', () => {
    const text =
      '---\ntitle: KubeCon EU 2022 in one line\nconference: kubecon-eu-2022\n---\nJust an intro.\n';
    const result = extract(text);
    expect(result.problems).toEqual([]);
    expect(takeaways(text).map(t => spec(t).headline)).toEqual([
      'KubeCon EU 2022 in one line',
    ]);
  });
});
