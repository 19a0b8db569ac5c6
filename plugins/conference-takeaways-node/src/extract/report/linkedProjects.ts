import {
  ToolDefinition,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import type { TextBlock } from '../plainTextBlocks';
import { slugify } from '../naming';

/** Code hosts whose `/<owner>/<repository>` URLs name a project. */
const CODE_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'codeberg.org',
  'bitbucket.org',
  'git.sr.ht',
]);
/** A report naming more linked projects than this is a link list, not prose. */
const MAX_LINKED_PROJECTS = 50;
const MAX_NAME_CHARS = 40;

function repositoryOf(
  href: string,
): { owner: string; repo: string } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!CODE_HOSTS.has(url.hostname.replace(/^www\./, ''))) {
    return undefined;
  }
  const [owner, repo] = url.pathname.split('/').filter(Boolean);
  return owner && repo
    ? { owner: owner.replace(/^~/, ''), repo: repo.replace(/\.git$/, '') }
    : undefined;
}

/**
 * Projects the author links to their repository by name, e.g.
 * `[Kamera](https://github.com/acme/kamera)`: the link text names the
 * repository (or the organisation), so it is a project even when no
 * dictionary knows it.
 */
export function linkedProjects(
  blocks: TextBlock[],
  dictionary: ToolDictionary,
): ToolDefinition[] {
  const found = new Map<string, ToolDefinition>();
  for (const link of blocks.flatMap(b => b.links ?? [])) {
    const repository = repositoryOf(link.href);
    const text = link.text.trim();
    if (!repository || !text || text.length > MAX_NAME_CHARS) {
      continue;
    }
    const textSlug = slugify(text);
    const repoSlug = slugify(repository.repo);
    const names =
      textSlug === repoSlug ||
      textSlug.startsWith(`${repoSlug}-`) ||
      textSlug === slugify(repository.owner);
    if (!names || !textSlug || dictionary.resolve(text)) {
      continue;
    }
    const slug = textSlug.startsWith(`${repoSlug}-`) ? repoSlug : textSlug;
    const name =
      slug === repoSlug && textSlug !== repoSlug ? repository.repo : text;
    if (dictionary.get(slug) || dictionary.resolve(name)) {
      continue;
    }
    found.set(slug, {
      slug,
      name,
      aliases: name === text ? undefined : [text],
      // as the author wrote it: "deck" the project, not "a slide deck"
      caseSensitive: true,
    });
    if (found.size >= MAX_LINKED_PROJECTS) {
      break;
    }
  }
  return [...found.values()];
}

/** The dictionary with the report's linked projects; unchanged if none fit. */
export function withLinkedProjects(
  blocks: TextBlock[],
  dictionary: ToolDictionary,
): ToolDictionary {
  const projects = linkedProjects(blocks, dictionary);
  if (!projects.length) {
    return dictionary;
  }
  try {
    return dictionary.with(projects);
  } catch {
    // a spelling that clashes with a known tool: the known tool wins
    return dictionary;
  }
}
