import { ExploreMatch } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ExploreRecord, SEARCHED_FIELDS } from './exploreRecords';

/** Characters of context on each side of a match in its snippet. */
const CONTEXT = 60;

/** The words of a text query, lower case. */
export function queryWords(q: string): string[] {
  return [
    ...new Set(
      q
        .toLocaleLowerCase('en-US')
        .split(/[^\p{L}\p{N}+#.-]+/u)
        .map(w => w.replace(/^[.-]+|[.-]+$/g, ''))
        .filter(Boolean),
    ),
  ];
}

const isWordChar = (c: string | undefined) =>
  c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where `word` starts a word in `text` (so "mesh" is found in "service mesh", not in "enmeshed"), or -1. */
function wordStart(text: string, word: string): number {
  let at = text.indexOf(word);
  while (at !== -1) {
    if (!isWordChar(text[at - 1])) {
      return at;
    }
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

function snippet(raw: string, at: number, length: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(raw.length, at + length + CONTEXT);
  const text = raw.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${text}${end < raw.length ? '…' : ''}`;
}

/**
 * Whether every word of the query starts a word somewhere in the item's own
 * fields (title, tools, speakers, summary, body; never the report's title),
 * and if so which field shows it best: the first field holding the whole
 * query, else the first holding its first word.
 */
export function matchRecord(
  record: ExploreRecord,
  words: string[],
  phrase: string,
): ExploreMatch | undefined {
  const fields = SEARCHED_FIELDS.filter(f => record.text[f]);
  const found = words.every(word =>
    fields.some(f => wordStart(record.text[f]!.lower, word) !== -1),
  );
  if (!found) {
    return undefined;
  }
  for (const [needle, length] of [
    [phrase, phrase.length],
    [words[0], words[0].length],
  ] as const) {
    for (const field of fields) {
      const { raw, lower } = record.text[field]!;
      const at = wordStart(lower, needle);
      if (at !== -1) {
        return { field, snippet: snippet(raw, at, length) };
      }
    }
  }
  return undefined;
}
