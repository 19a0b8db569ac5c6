import { isHttpUrl } from '../links';
import { readDate } from './dates';

/**
 * What a report's front matter tells, in the keys blogs use. Every field is
 * optional: front matter is a hint, never a gate.
 */
export interface ReportHints {
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  date?: string;
  /** Tags, categories and keywords together, as written. */
  tags: string[];
  description?: string;
  authors: string[];
  slug?: string;
  /** Canonical or original URL of the post. */
  url?: string;
  /** Our own key: an entity name or an object with series and year. */
  conference?: unknown;
  /** Our own key: the owner of the report's entities. */
  owner?: string;
}

const MAX_HINT_CHARS = 300;
const MAX_LIST_ITEMS = 50;

const KEYS = {
  title: ['title', 'head', 'metatitle'],
  date: [
    'date',
    'datetime',
    'createdat',
    'created',
    'published',
    'publishdate',
    'pubdate',
    'date_published',
  ],
  tags: ['tags', 'categories', 'keywords', 'topics', 'metatags'],
  description: ['description', 'summary', 'excerpt', 'subtitle'],
  authors: ['author', 'authors'],
  slug: ['slug'],
  url: ['canonical', 'canonical_url', 'canonicalurl', 'url', 'link'],
} as const;

function lowerKeys(data: Record<string, unknown>): Map<string, unknown> {
  return new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
}

function firstOf(data: Map<string, unknown>, keys: readonly string[]) {
  for (const key of keys) {
    const value = data.get(key);
    if (value !== undefined && value !== null && value !== '') {
      return value;
    }
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed.slice(0, MAX_HINT_CHARS) : undefined;
}

/** A list as YAML array, or as `a, b, c` text (field lists write it so). */
function list(value: unknown): string[] {
  let items: unknown[] = [];
  if (Array.isArray(value)) {
    items = value;
  } else if (typeof value === 'string') {
    items = value.split(',');
  }
  return items
    .map(item =>
      item && typeof item === 'object'
        ? text((item as { name?: unknown }).name)
        : text(item),
    )
    .filter((item): item is string => Boolean(item))
    .slice(0, MAX_LIST_ITEMS);
}

function allLists(data: Map<string, unknown>, keys: readonly string[]) {
  return [...new Set(keys.flatMap(key => list(data.get(key))))];
}

/** Reads the hints a report's front matter gives; never throws. */
export function reportHints(frontmatter: Record<string, unknown>): {
  hints: ReportHints;
  problems: string[];
} {
  const data = lowerKeys(frontmatter);
  const problems: string[] = [];
  const rawDate = firstOf(data, KEYS.date);
  const date = rawDate === undefined ? undefined : readDate(rawDate);
  if (rawDate !== undefined && !date) {
    problems.push(
      `front matter date "${String(rawDate)}" is not a date; ignored`,
    );
  }
  const rawUrl = text(firstOf(data, KEYS.url));
  if (rawUrl && !isHttpUrl(rawUrl)) {
    problems.push(
      `front matter url "${rawUrl}" is not an http(s) URL; ignored`,
    );
  }
  const owner = text(data.get('owner'));
  return {
    hints: {
      title: text(firstOf(data, KEYS.title)),
      date,
      tags: allLists(data, KEYS.tags),
      description: text(firstOf(data, KEYS.description)),
      authors: allLists(data, KEYS.authors),
      slug: text(firstOf(data, KEYS.slug)),
      url: rawUrl && isHttpUrl(rawUrl) ? rawUrl : undefined,
      conference: data.get('conference') ?? undefined,
      owner,
    },
    problems,
  };
}
