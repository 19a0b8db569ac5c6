import { extractEntities } from './extractEntities';
import { file } from './testUtils';

/**
 * Inputs that once froze the backend: a regex with nested or adjacent
 * quantifiers backtracks quadratically over a long run of whitespace or
 * punctuation. Parsing them must take about as long as reading them.
 */
const WHITESPACE_KINDS = {
  space: ' ',
  tab: '\t',
  'no-break space': '\u00a0',
  'em space': '\u2003',
  'ideographic space': '\u3000',
};

// Generous for a shared CI machine; the quadratic patterns took 40–90 s.
const BOUND_MS = 5000;

function timed(path: string, text: string): number {
  const start = performance.now();
  extractEntities([file(path, text)]);
  return performance.now() - start;
}

describe('extraction time is linear in the input', () => {
  beforeAll(() => {
    // load the parsers' modules before timing anything
    timed('warm-up.md', '# KubeCon Europe 2022\n\n## Linkerd\n\nText.\n');
  });

  it.each(Object.entries(WHITESPACE_KINDS))(
    'a 200 KB report that is mostly a run of %s',
    (_name, ws) => {
      const text = `KubeCon Europe 2022\n${ws.repeat(200_000)}x`;
      for (const path of ['report.txt', 'report.md']) {
        expect(timed(path, text)).toBeLessThan(BOUND_MS);
      }
    },
  );

  it('a series name followed by a long run of spaces', () => {
    expect(timed('report.txt', `KubeCon${' '.repeat(100_000)}x`)).toBeLessThan(
      BOUND_MS,
    );
  });
});
