/*
 * The matcher on real trip reports. The reports are other people's writing
 * and not part of this repository: CORPUS_DIR points at them (default:
 * `corpus/reports` in the `shared` directory next to the repository root).
 * The expectations below are facts about each conference, written by us.
 */
import matter from 'gray-matter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  describeSharedInput,
  listFiles,
  sharedInputDir,
} from '../extract/__testUtils__/quality/sharedInput';
import { detectConferences } from './detectConferences';
import { ConferenceReportInput } from './detectionTypes';

const ENV_VAR = 'CORPUS_DIR';
const corpusDir = sharedInputDir(ENV_VAR, 'corpus', 'reports');
const files = listFiles(corpusDir, /\.(md|markdown|txt)$/);

interface Expected {
  name: string;
  city: string;
  others?: string[];
}

/** By the number the corpus files start with. */
const EXPECTED: Record<string, Expected> = {
  '01': { name: 'kubecon-na-2018', city: 'Seattle' },
  '02': { name: 'kubecon-eu-2023', city: 'Amsterdam' },
  '03': { name: 'kubecon-in-2024', city: 'New Delhi' },
  '04': { name: 'kubecon-na-2024', city: 'Salt Lake City' },
  '05': { name: 'kubecon-eu-2025', city: 'London' },
  '06': {
    name: 'kubecon-cn-2025',
    city: 'Hong Kong',
    others: ['kubecon-eu-2025'],
  },
  '07': { name: 'kubecon-na-2025', city: 'Atlanta' },
  '08': { name: 'hashiconf-eu-2016', city: 'Amsterdam' },
  '09': { name: 'fosdem-2017', city: 'Brussels' },
  '10': {
    name: 'srecon-americas-2017',
    city: 'San Francisco',
    others: ['devopsdays-seattle-2017'],
  },
  '11': { name: 'gophercon-2018', city: 'Denver' },
  '12': { name: 'monitorama-pdx-2019', city: 'Portland' },
  '13': { name: 'devopsdays-ghent-2019', city: 'Ghent' },
  '14': { name: 'qcon-london-2024', city: 'London' },
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(String);
  }
  return value ? [String(value)] : [];
}

const asDate = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString() : (value as string | undefined);

/** What a caller would hand the matcher: frontmatter or field list, then body. */
function reportInput(fileName: string): ConferenceReportInput {
  const raw = readFileSync(join(corpusDir, fileName), 'utf8');
  if (fileName.endsWith('.txt')) {
    // reStructuredText: title line, then `:field: value` lines
    const field = (name: string) =>
      new RegExp(`^:${name}:[ \\t]*(.*)$`, 'm').exec(raw)?.[1];
    return {
      title: raw.split('\n', 1)[0],
      tags: asList(field('tags')?.split(',')),
      publishedDate: field('date'),
      text: raw,
    };
  }
  const { data, content } = matter(raw);
  const heading = /^#\s+(.+?)[\s#]*$/m.exec(content)?.[1];
  return {
    title: (data.title as string | undefined) ?? heading,
    tags: [...asList(data.tags), ...asList(data.categories)],
    publishedDate: asDate(data.date ?? data.datetime ?? data.createdAt),
    text: content,
  };
}

describeSharedInput(
  files,
  corpusDir,
  ENV_VAR,
)('detectConferences on the corpus', () => {
  it('has a report for every expectation', () => {
    expect(files.map(f => f.slice(0, 2)).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it.each(files)('%s: series, year and city', fileName => {
    const expected = EXPECTED[fileName.slice(0, 2)];
    const started = Date.now();
    const { main, others } = detectConferences(reportInput(fileName));
    expect(Date.now() - started).toBeLessThan(2000);
    expect({ name: main?.name, city: main?.city }).toEqual({
      name: expected.name,
      city: expected.city,
    });
    expect(others.map(o => o.name)).toEqual(expected.others ?? []);
    // eslint-disable-next-line no-console
    console.log(
      `${fileName}: ${main?.title} (${main?.city}) ${main?.evidence
        .map(e => `${e.field}←${e.from}`)
        .join(', ')}; unknown: ${main?.unknown.join(', ') || '—'}; others: ${
        others.map(o => o.name).join(', ') || '—'
      }`,
    );
  });
});
