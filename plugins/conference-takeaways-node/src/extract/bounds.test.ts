import {
  TAKEAWAY_KIND,
  TALK_KIND,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { cutText, DEFAULT_EXTRACTION_LIMITS } from './bounds';
import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const FRONTMATTER = '---\ntitle: Our trip\nconference: kubecon-eu-2022\n---\n';

/** A report with `count` takeaways, each citing its own talk (10,000: ~700 KB). */
function hugeReport(count: number): string {
  const sections = Array.from(
    { length: count },
    (_, i) =>
      `## Lesson ${i} on Linkerd\n\nThing ${i}.\n\nTalks:\n\n- "Talk ${i}" by Jo ${i}\n`,
  );
  return `${FRONTMATTER}\n${sections.join('\n')}`;
}

describe('limits per report', () => {
  it('keeps at most the configured number of takeaways and talks, and says so', () => {
    const { entities, problems } = extractEntities(
      [file('huge.md', hugeReport(10_000))],
      { limits: { takeawaysPerReport: 50, talksPerReport: 30 } },
    );
    const takeaways = byKind(entities, TAKEAWAY_KIND);
    const talks = byKind(entities, TALK_KIND);
    expect(takeaways).toHaveLength(50);
    expect(talks).toHaveLength(30);
    expect(problems.map(p => p.message)).toEqual([
      'huge.md has 10000 takeaways, over the limit of 50 (conferenceTakeaways.reports.limits.takeawaysPerReport); only the first 50 are kept',
      expect.stringMatching(
        /^huge\.md has \d+ talks, over the limit of 30 \(conferenceTakeaways\.reports\.limits\.talksPerReport\); only the first 30 are kept$/,
      ),
    ]);
    // no takeaway cites a talk that was dropped
    const kept = new Set(talks.map(t => `talk:default/${t.metadata.name}`));
    for (const takeaway of takeaways) {
      for (const ref of spec(takeaway).talks ?? []) {
        expect(kept).toContain(ref);
      }
    }
  });

  it('applies sensible defaults without configuration', () => {
    const { entities, problems } = extractEntities([
      file('long.md', hugeReport(250)),
    ]);
    expect(byKind(entities, TAKEAWAY_KIND)).toHaveLength(
      DEFAULT_EXTRACTION_LIMITS.takeawaysPerReport,
    );
    expect(problems[0].message).toMatch(/^long\.md has 250 takeaways/);
  });

  it('cuts a 100 KB headline and a long summary', () => {
    const headline = `Linkerd ${'is really good '.repeat(7_500)}`.trim();
    const summary = 'Words and more words. '.repeat(2_000);
    const { entities, problems } = extractEntities(
      [file('long.md', `${FRONTMATTER}\n## ${headline}\n\n${summary}\n`)],
      { limits: { titleLength: 120, summaryLength: 5_000 } },
    );
    const [takeaway] = byKind(entities, TAKEAWAY_KIND);
    expect(headline.length).toBeGreaterThan(100_000);
    expect(takeaway.metadata.title!.length).toBeLessThanOrEqual(120);
    expect(spec(takeaway).headline.length).toBeLessThanOrEqual(120);
    expect(spec(takeaway).headline).toMatch(/^Linkerd is really good .*…$/);
    expect(spec(takeaway).summary.length).toBeLessThanOrEqual(5_000);
    expect(problems.map(p => p.message)).toEqual([
      'long.md: 2 titles longer than 120 characters were cut (conferenceTakeaways.reports.limits.titleLength)',
      'long.md: 1 summaries longer than 5000 characters were cut (conferenceTakeaways.reports.limits.summaryLength)',
    ]);
  });
});

describe('cutText', () => {
  it('keeps short text and cuts long text at a word break', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('one two three four five', 16)).toBe('one two three…');
    expect(cutText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
