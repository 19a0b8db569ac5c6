import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 45;

/**
 * Lower-case, ASCII-only, dash-separated form of a text: `Café – Ops!` ⇒
 * `cafe-ops`. Accents are folded rather than dropped so names stay readable.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The form of a title or headline that two reports citing the same talk agree
 * on: case, accents, quotes, dashes and punctuation do not matter.
 */
export function normaliseTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Cuts a slug to at most `max` characters, preferably at a dash. */
function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) {
    return slug;
  }
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

function shortHash(input: string): string {
  return createHash('sha1').update(input, 'utf8').digest('hex').slice(0, 6);
}

function readableName(text: string, hashInput: string, fallback: string) {
  const slug = cutSlug(slugify(text), MAX_SLUG_LENGTH) || fallback;
  return `${slug}-${shortHash(hashInput)}`;
}

/**
 * Name of a Talk entity. It only depends on the conference and the
 * normalised title, so every report (or program export) that cites the same
 * talk produces the same entity.
 *
 * @public
 */
export function talkEntityName(conferenceName: string, title: string): string {
  return readableName(
    title,
    `${conferenceName}|${normaliseTitle(title)}`,
    'talk',
  );
}

/**
 * Name of a Takeaway entity, from the report it was written in and its
 * headline. `occurrence` (1-based) separates two sections of one report that
 * share a headline.
 *
 * @public
 */
export function takeawayEntityName(
  reportKey: string,
  headline: string,
  occurrence = 1,
): string {
  const suffix = occurrence > 1 ? `|${occurrence}` : '';
  return readableName(
    headline,
    `${reportKey}|${normaliseTitle(headline)}${suffix}`,
    'takeaway',
  );
}

/** Entity names allowed by the catalog: `[a-z0-9A-Z._-]`, at most 63 chars. */
export function isValidEntityName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 63 &&
    /^[a-z0-9A-Z]([a-z0-9A-Z._-]*[a-z0-9A-Z])?$/.test(name)
  );
}
