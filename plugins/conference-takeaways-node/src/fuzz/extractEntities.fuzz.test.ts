import fc from 'fast-check';
import { extractEntities } from '../extract/extractEntities';
import { file } from '../extract/testUtils';

/**
 * Random and adversarial text through every parser: extraction never throws
 * and takes time in proportion to the input (a generous 2 s per 200 KB, at
 * least 2 s), whatever the text.
 */
const RUN_CHARS = [
  ' ',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\n',
  '.',
  '!',
  ',',
  '-',
  '*',
  '#',
  '>',
  '"',
  '|',
  '`',
  '[',
  ']',
  '(',
  ')',
  ':',
  '_',
];

const run = fc
  .tuple(fc.constantFrom(...RUN_CHARS), fc.integer({ min: 1, max: 20_000 }))
  .map(([char, count]) => char.repeat(count));
const word = fc.constantFrom(
  'KubeCon',
  'Europe',
  '2022',
  'Linkerd',
  'by',
  'Jane Doe',
  'talk',
  '"Title"',
  '## ',
  '- ',
  '> ',
  '1. ',
  'https://youtu.be/x',
);
const nested = fc
  .tuple(
    fc.constantFrom('> ', '  - ', '1. ', '* '),
    fc.integer({ min: 1, max: 2_000 }),
  )
  .map(([marker, depth]) => `${marker.repeat(depth)}x`);
const chunk = fc.oneof(
  run,
  word,
  nested,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const body = fc.array(chunk, { maxLength: 12 }).map(parts => parts.join(''));

const WRAPPERS: Array<[string, (text: string) => string]> = [
  ['report.md', t => `---\ntitle: T\nconference: kubecon-eu-2022\n---\n${t}`],
  ['notes.md', t => t],
  ['report.txt', t => `KubeCon Europe 2022\n${t}`],
  [
    'entities.yaml',
    t =>
      `apiVersion: conference-takeaways.dev/v1alpha1\nkind: Talk\nmetadata:\n  name: t\nspec:\n  title: ${JSON.stringify(
        t,
      )}\n  speakers: []\n`,
  ],
  [
    'program.sessionize.json',
    t =>
      JSON.stringify({
        sessions: [{ id: '1', title: t, description: t, speakers: [] }],
        speakers: [],
      }),
  ],
];

describe('extractEntities on random and adversarial text', () => {
  jest.setTimeout(600_000);

  it.each(WRAPPERS)(
    '%s: never throws, time linear in the size',
    (path, wrap) => {
      fc.assert(
        fc.property(body, text => {
          const content = wrap(text);
          const bound = Math.max(2000, (2000 * content.length) / 200_000);
          const start = performance.now();
          const result = extractEntities([file(path, content)]);
          const elapsed = performance.now() - start;
          expect(Array.isArray(result.entities)).toBe(true);
          expect(elapsed).toBeLessThan(bound);
        }),
        { numRuns: 12 },
      );
    },
  );
});
