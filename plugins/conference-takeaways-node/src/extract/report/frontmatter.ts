import matter from 'gray-matter';
import { parseYamlValue } from '../yaml';

/** A report's front matter (YAML, or a reStructuredText field list). */
export interface RawFrontmatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  body: string;
  /** Problems reading it; the body is still used. */
  problems: string[];
}

const UNSUPPORTED_ENGINE = () => {
  throw new Error('only YAML front matter is read');
};

/** `---` on the first line, optionally with a language (`---yaml`). */
const YAML_OPENING = /^---[ \t]*[a-z]*[ \t]*\r?\n/;

/** `:date: 2016-06-20` — a reStructuredText field list line. */
const RST_FIELD = /^:([A-Za-z][\w-]{0,40}):[ \t]*(.*)$/;

/** How far into a file a reStructuredText field list may start. */
const RST_FIELD_SEARCH_LINES = 8;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function readYamlFrontmatter(text: string, path: string): RawFrontmatter {
  // a closing line is required; without it the "front matter" is the body
  const lines = text.split('\n');
  const closing = lines.findIndex(
    (l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l),
  );
  if (closing < 0) {
    return {
      data: {},
      body: text,
      problems: [
        `front matter in ${path} is not closed by a "---" line; read as text`,
      ],
    };
  }
  try {
    const file = matter(text, {
      engines: {
        yaml: parseYamlValue as (input: string) => object,
        javascript: UNSUPPORTED_ENGINE,
        coffee: UNSUPPORTED_ENGINE,
      },
    });
    return { data: asRecord(file.data), body: file.content, problems: [] };
  } catch (error) {
    return {
      data: {},
      body: lines.slice(closing + 1).join('\n'),
      problems: [
        `front matter of ${path} ignored: ${(error as Error).message}`,
      ],
    };
  }
}

/**
 * A reStructuredText field list near the top (`:date: …`, `:tags: a, b`),
 * as blogs written in reStructuredText keep their metadata. The fields are
 * taken out of the body; the title above them stays.
 */
function readFieldList(text: string): RawFrontmatter | undefined {
  const lines = text.split('\n');
  const first = lines
    .slice(0, RST_FIELD_SEARCH_LINES)
    .findIndex(l => RST_FIELD.test(l));
  if (first < 0) {
    return undefined;
  }
  const data: Record<string, unknown> = {};
  let end = first;
  while (end < lines.length && RST_FIELD.test(lines[end])) {
    const [, key, value] = RST_FIELD.exec(lines[end])!;
    data[key.toLowerCase()] = value.trim();
    end++;
  }
  if (end - first < 2) {
    return undefined; // one field-like line is more likely prose
  }
  return {
    data,
    body: [...lines.slice(0, first), ...lines.slice(end)].join('\n'),
    problems: [],
  };
}

/**
 * Splits a report into its front matter and body. Never fails: unreadable
 * front matter is reported and the rest of the file is still the report.
 */
export function readFrontmatter(text: string, path: string): RawFrontmatter {
  if (YAML_OPENING.test(text)) {
    return readYamlFrontmatter(text, path);
  }
  return readFieldList(text) ?? { data: {}, body: text, problems: [] };
}

/** True when the text opens with a `---` front matter block. */
export function hasYamlFrontmatter(text: string): boolean {
  return YAML_OPENING.test(text);
}
