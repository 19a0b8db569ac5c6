/*
 * The real-report quality gate. Fourteen published trip reports (blog posts
 * with every kind of frontmatter, raw notes, reStructuredText; KubeCon and
 * six other series) are input data that is not part of this repository:
 * CORPUS_DIR points at them (default: `corpus/reports` in the `shared`
 * directory next to the repository root). The expected conferences, tools
 * and talks in __fixtures__/corpus were written by reading each report, not
 * by running the extractor.
 */
import { Entity } from '@backstage/catalog-model';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Table from 'cli-table3';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractEntities } from '..';
import {
  describeSharedInput,
  ExpectedConference,
  ExpectedTalk,
  judgeConferences,
  listFiles,
  precisionRecall,
  scoreTalks,
  scoreTools,
  sharedInputDir,
} from './__testUtils__/quality';

interface Expected {
  /** The conference attended first; others the report also covers. */
  conferences: ExpectedConference[];
  tools: string[];
  /** Named in passing or borderline: found or not, they count neither way. */
  optionalTools: string[];
  talks: ExpectedTalk[];
  /** Topic labels, untitled keynotes: found or not, they count neither way. */
  optionalTalks: ExpectedTalk[];
}

/** The issue's targets, micro-averaged over the corpus. */
const TARGETS = {
  toolsPrecision: 0.9,
  toolsRecall: 0.9,
  talksPrecision: 0.8,
  talksRecall: 0.8,
};

const ENV_VAR = 'CORPUS_DIR';
const corpusDir = sharedInputDir(ENV_VAR, 'corpus', 'reports');
const fixturesDir = join(__dirname, '__fixtures__', 'corpus');
const reportFiles = listFiles(corpusDir, /\.(md|markdown|txt|rst)$/);
const fixtureFiles = listFiles(fixturesDir, /\.expected\.json$/);

const specsOf = (entities: Entity[], kind: string) =>
  entities.filter(e => e.kind === kind).map(e => e.spec as Record<string, any>);

function evaluate(file: string, expected: Expected) {
  const { entities, problems } = extractEntities([
    { path: file, content: readFileSync(join(corpusDir, file)) },
  ]);
  const talks = specsOf(entities, 'Talk');
  const takeaways = specsOf(entities, 'Takeaway');
  const foundTools = [...talks, ...takeaways].flatMap(
    spec => (spec.tools as string[] | undefined) ?? [],
  );
  return {
    problems: problems.map(p => p.message),
    takeaways: takeaways.length,
    rejected: talks.length + takeaways.length === 0,
    conference: judgeConferences(entities, expected.conferences),
    tools: scoreTools(
      foundTools,
      expected.tools,
      expected.optionalTools,
      ToolDictionary.default(),
    ),
    talks: scoreTalks(
      talks.map(t => ({
        title: String(t.title ?? ''),
        speakers: (t.speakers as string[] | undefined) ?? [],
      })),
      expected.talks,
      expected.optionalTalks,
    ),
  };
}

type Result = ReturnType<typeof evaluate>;

function totals(results: Result[]) {
  const sum = (pick: (r: Result) => number) =>
    results.reduce((n, r) => n + pick(r), 0);
  return {
    tools: precisionRecall(
      sum(r => r.tools.hits),
      sum(r => r.tools.found),
      sum(r => r.tools.expected),
    ),
    talks: precisionRecall(
      sum(r => r.talks.hits),
      sum(r => r.talks.found),
      sum(r => r.talks.expected),
    ),
    conferencesRight: results.filter(r => r.conference.correct).length,
    takeaways: sum(r => r.takeaways),
    rejected: results.filter(r => r.rejected).length,
  };
}

const pr = (s: { precision: number; recall: number }) =>
  `${s.recall.toFixed(2)} / ${s.precision.toFixed(2)}`;

function printReport(results: Array<{ name: string; result: Result }>) {
  const table = new Table({
    head: [
      'report',
      'tools R / P',
      'talks R / P',
      'conference',
      'takeaways',
      'rejected',
    ],
    style: { head: [], border: [] },
  });
  for (const { name, result: r } of results) {
    table.push([
      name,
      pr(r.tools),
      pr(r.talks),
      r.conference.correct ? 'right' : 'WRONG',
      r.takeaways,
      r.rejected ? 'REJECTED' : 'no',
    ]);
  }
  const total = totals(results.map(r => r.result));
  table.push([
    `total (${results.length})`,
    pr(total.tools),
    pr(total.talks),
    `${total.conferencesRight}/${results.length}`,
    total.takeaways,
    total.rejected,
  ]);

  const errors = results.flatMap(({ name, result: r }) => {
    const lines = [
      !r.conference.correct &&
        `conference: found [${r.conference.found.join('; ')}]${
          r.conference.wrong.length
            ? `, not expected [${r.conference.wrong.join('; ')}]`
            : ''
        }${
          r.conference.takeawaysWithoutConference
            ? `, ${r.conference.takeawaysWithoutConference} takeaways without one`
            : ''
        }`,
      r.tools.missed.length && `missed tools: ${r.tools.missed.join(', ')}`,
      r.tools.extra.length && `extra tools: ${r.tools.extra.join(', ')}`,
      r.talks.missed.length &&
        `missed talks: ${r.talks.missed.map(t => `"${t}"`).join(', ')}`,
      r.talks.extra.length &&
        `extra talks: ${r.talks.extra.map(t => `"${t}"`).join(', ')}`,
      ...r.talks.wrongSpeakers.map(
        w =>
          `speakers of "${w.title}": expected [${w.expected.join(
            ', ',
          )}], found [${w.found.join(', ')}]`,
      ),
      r.problems.length && `problems: ${r.problems.join(' | ')}`,
    ].filter((l): l is string => typeof l === 'string');
    return lines.length ? [`${name}`, ...lines.map(l => `  ${l}`)] : [];
  });
  // eslint-disable-next-line no-console
  console.log(
    [
      'Extraction quality on the real-report corpus',
      table.toString(),
      ...errors,
    ].join('\n'),
  );
}

describeSharedInput(
  reportFiles,
  corpusDir,
  ENV_VAR,
)('extraction quality on the real-report corpus', () => {
  const names = reportFiles.map(f => basename(f, extname(f)));

  it('has one annotation file per corpus report', () => {
    expect(reportFiles).not.toHaveLength(0);
    expect(fixtureFiles.map(f => basename(f, '.expected.json'))).toEqual(names);
  });

  const results = reportFiles
    .filter(f =>
      fixtureFiles.includes(`${basename(f, extname(f))}.expected.json`),
    )
    .map(file => {
      const name = basename(file, extname(file));
      const expected = JSON.parse(
        readFileSync(join(fixturesDir, `${name}.expected.json`), 'utf8'),
      ) as Expected;
      return { name, result: evaluate(file, expected) };
    });
  const total = totals(results.map(r => r.result));

  afterAll(() => printReport(results));

  it('rejects no report', () => {
    expect(results.filter(r => r.result.rejected).map(r => r.name)).toEqual([]);
  });

  it('names the right conference for every report', () => {
    expect(
      results.filter(r => !r.result.conference.correct).map(r => r.name),
    ).toEqual([]);
  });

  it('finds the tools a careful reader lists', () => {
    expect(total.tools.recall).toBeGreaterThanOrEqual(TARGETS.toolsRecall);
    expect(total.tools.precision).toBeGreaterThanOrEqual(
      TARGETS.toolsPrecision,
    );
  });

  it('finds the named talks with every speaker', () => {
    expect(total.talks.recall).toBeGreaterThanOrEqual(TARGETS.talksRecall);
    expect(total.talks.precision).toBeGreaterThanOrEqual(
      TARGETS.talksPrecision,
    );
  });
});
