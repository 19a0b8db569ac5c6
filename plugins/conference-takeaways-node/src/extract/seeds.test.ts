/*
 * Quality of plain-text extraction on real trip reports. The reports are
 * input data that is not part of this repository: SEEDS_DIR points at them
 * (default: `seeds` in the `shared` directory next to the repository root).
 * The expected results in __fixtures__/seeds were written by reading each
 * report, not by running the extractor.
 */
import { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { extractEntities } from '..';
import {
  contentWordSimilarity,
  describeSharedInput,
  listFiles,
  matchOneToOne,
  precisionRecall,
  scoreTools,
  sharedInputDir,
} from './__testUtils__/quality';

interface Expected {
  conference: { series: string; region: string; year: number; city: string };
  takeaways: string[];
  talks: Array<{ title: string; speakers: string[] }>;
  tools: string[];
  /**
   * Tools the report names that the built-in dictionary did not know when
   * the fixture was written. They count as soon as the dictionary learns
   * them, so growing the dictionary does not turn right answers into errors.
   */
  toolsOutsideDictionary?: string[];
}

const seedsDir = sharedInputDir('SEEDS_DIR', 'seeds');
const fixturesDir = join(__dirname, '__fixtures__', 'seeds');

/** A found and an expected title match when they share most content words. */
const MATCH_SIMILARITY = 0.6;

/**
 * Set a little under what the extractor achieves on every seed (see the
 * table the test prints), so a regression fails while one more or one fewer
 * tool in the shared dictionary does not.
 */
const THRESHOLDS = {
  toolsPrecision: 0.85,
  toolsRecall: 0.85,
  talksPrecision: 0.8,
  talksRecall: 0.9,
  takeawaysPrecision: 0.7,
  takeawaysRecall: 0.9,
};

/** Loose one-to-one matching of found to expected titles. */
const matchTitles = (found: string[], expected: string[]) =>
  matchOneToOne(found, expected, contentWordSimilarity, MATCH_SIMILARITY);

const score = precisionRecall;

const ofKind = (entities: Entity[], kind: string) =>
  entities.filter(e => e.kind === kind).map(e => e.spec as Record<string, any>);

function evaluate(file: string, expected: Expected) {
  const { entities, problems } = extractEntities([
    { path: basename(file), content: readFileSync(file) },
  ]);
  const conferences = ofKind(entities, 'Conference');
  const talks = ofKind(entities, 'Talk');
  const takeaways = ofKind(entities, 'Takeaway');

  const dictionary = ToolDictionary.default();
  const tools = scoreTools(
    [...talks, ...takeaways].flatMap(spec => (spec.tools as string[]) ?? []),
    [
      ...expected.tools,
      ...(expected.toolsOutsideDictionary ?? []).filter(name =>
        dictionary.resolve(name),
      ),
    ],
    [],
    dictionary,
  );

  const talkMatches = matchTitles(
    talks.map(t => t.title),
    expected.talks.map(t => t.title),
  );
  const expectedSpeakers = talkMatches.flatMap(
    ([, j]) => expected.talks[j].speakers,
  );
  const speakerHits = talkMatches.flatMap(([i, j]) =>
    expected.talks[j].speakers.filter(s => talks[i].speakers.includes(s)),
  ).length;

  const takeawayMatches = matchTitles(
    takeaways.map(t => t.headline),
    expected.takeaways,
  );
  return {
    problems,
    conference: conferences.map(c => ({
      series: c.series,
      region: c.region,
      year: c.year,
      city: c.city,
    })),
    tools,
    talks: score(talkMatches.length, talks.length, expected.talks.length),
    speakers: expectedSpeakers.length
      ? speakerHits / expectedSpeakers.length
      : 1,
    takeaways: score(
      takeawayMatches.length,
      takeaways.length,
      expected.takeaways.length,
    ),
    missed: {
      tools: tools.missed,
      extraTools: tools.extra,
      takeaways: expected.takeaways.filter(
        (_, j) => !takeawayMatches.some(([, m]) => m === j),
      ),
      talks: expected.talks
        .filter((_, j) => !talkMatches.some(([, m]) => m === j))
        .map(t => t.title),
    },
  };
}

const seedFiles = listFiles(seedsDir, /\.txt$/);

// Outside CI the seeds are optional; in CI their absence fails the test.
const describeSeeds = describeSharedInput(seedFiles, seedsDir, 'SEEDS_DIR');

describeSeeds('extraction quality on the seed trip reports', () => {
  it('finds the seed reports', () => {
    expect({ seedsDir, seedFiles }).toEqual({
      seedsDir,
      seedFiles: expect.arrayContaining([expect.stringMatching(/\.txt$/)]),
    });
  });

  const results = seedFiles.map(file => {
    const name = basename(file, '.txt');
    const fixture = join(fixturesDir, `${name}.expected.json`);
    const expected = JSON.parse(readFileSync(fixture, 'utf8')) as Expected;
    return { name, expected, result: evaluate(join(seedsDir, file), expected) };
  });

  afterAll(() => {
    const pct = (n: number) => n.toFixed(2);
    const rows = results.map(({ name, result: r }) =>
      [
        name.padEnd(22),
        `${pct(r.tools.precision)}/${pct(r.tools.recall)}`.padEnd(11),
        `${pct(r.talks.precision)}/${pct(r.talks.recall)}`.padEnd(11),
        pct(r.speakers).padEnd(9),
        `${pct(r.takeaways.precision)}/${pct(r.takeaways.recall)}`,
      ].join(' | '),
    );
    // eslint-disable-next-line no-console
    console.log(
      [
        'seed                   | tools P/R   | talks P/R   | speakers | takeaways P/R',
        ...rows,
        ...results.map(
          ({ name, result: r }) =>
            `${name} missed: ${JSON.stringify(r.missed)}`,
        ),
      ].join('\n'),
    );
  });

  if (!results.length) {
    return;
  }

  it.each(results.map(r => [r.name, r] as const))(
    '%s',
    (_name, { expected, result }) => {
      expect(result.problems).toEqual([]);
      expect(result.conference).toEqual([expected.conference]);
      expect(result.tools.precision).toBeGreaterThanOrEqual(
        THRESHOLDS.toolsPrecision,
      );
      expect(result.tools.recall).toBeGreaterThanOrEqual(
        THRESHOLDS.toolsRecall,
      );
      expect(result.talks.precision).toBeGreaterThanOrEqual(
        THRESHOLDS.talksPrecision,
      );
      expect(result.talks.recall).toBeGreaterThanOrEqual(
        THRESHOLDS.talksRecall,
      );
      expect(result.takeaways.precision).toBeGreaterThanOrEqual(
        THRESHOLDS.takeawaysPrecision,
      );
      expect(result.takeaways.recall).toBeGreaterThanOrEqual(
        THRESHOLDS.takeawaysRecall,
      );
    },
  );
});
