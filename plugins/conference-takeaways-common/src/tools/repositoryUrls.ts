import { ToolOccurrence } from './types';

/*
 * A bare link to a code host's repository ("Code: https://github.com/
 * kubernetes-sigs/lws") names the project by its repository. Other URLs
 * (schedules, blogs, docs) are never read: their paths are slugs of titles.
 * A link's target is left to its text ("[LWS](https://github.com/…)"), so
 * one mention is not counted twice.
 */
const REPOSITORY_URL =
  /https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([\w.-]+)\/([\w.-]+)/g;

/** A URL that is the target of a Markdown or reStructuredText link. */
function isLinkTarget(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  return before === '](' || /^>`/.test(text.slice(end).replace(/^[^>\s]*/, ''));
}

/**
 * Tools named by repository links in a text: the repository's name, with
 * separators and case ignored, is one of the tool's spellings.
 */
export function findRepositoryMentions(
  text: string,
  slugByKey: ReadonlyMap<string, string>,
): ToolOccurrence[] {
  const found: ToolOccurrence[] = [];
  for (const match of text.matchAll(REPOSITORY_URL)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const repository = match[2].replace(/\.git$/, '');
    const slug = slugByKey.get(
      repository.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    );
    if (slug && !isLinkTarget(text, start, end)) {
      found.push({ slug, start, end, text: match[0] });
    }
  }
  return found;
}
