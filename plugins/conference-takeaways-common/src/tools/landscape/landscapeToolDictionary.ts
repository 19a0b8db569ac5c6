import { TOOL_DICTIONARY } from '../data';
import { lookupKey } from '../tokens';
import { ToolDictionary } from '../ToolDictionary';
import { ToolDefinition } from '../types';
import { LANDSCAPE_TOOLS } from './landscapeTools.generated';

function homepageKey(url: string | undefined): string | undefined {
  if (!url) {
    return undefined;
  }
  try {
    const { host, pathname } = new URL(url);
    return `${host.replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

function spellings(def: ToolDefinition): string[] {
  return [
    def.slug,
    def.name,
    ...(def.aliases ?? []),
    ...(def.unambiguousAliases ?? []),
  ];
}

/**
 * The curated tool a generated entry describes: one of its spellings is the
 * curated tool's (`bySpelling`), or the two share a homepage.
 */
function curatedMatch(
  curated: ToolDictionary,
  byHomepage: Map<string, ToolDefinition>,
  def: ToolDefinition,
): { tool: ToolDefinition; bySpelling: boolean } | undefined {
  // Only spellings the curated tool answers to in prose count: a bare slug
  // ("boundary" for "HashiCorp Boundary") is not one.
  const named = [
    def.name,
    ...(def.aliases ?? []),
    ...(def.unambiguousAliases ?? []),
  ]
    .map(spelling => {
      const tool = curated.resolve(spelling);
      const inProse = curated
        .findMentions(spelling)
        .some(m => m.slug === tool?.slug);
      return inProse ? tool : undefined;
    })
    .find(Boolean);
  if (named) {
    return { tool: named, bySpelling: true };
  }
  const other =
    curated.get(def.slug) ?? byHomepage.get(homepageKey(def.homepage) ?? '');
  return other ? { tool: other, bySpelling: false } : undefined;
}

/**
 * Merges generated landscape entries under a curated dictionary. Curated
 * entries win: a generated entry for a curated tool only fills fields the
 * curated entry left empty and may add the landscape's name as a spelling
 * (matched by the curated case rules). A new tool keeps only the
 * spellings no other tool owns.
 */
export function mergeLandscapeTools(
  curated: ToolDictionary,
  generated: readonly ToolDefinition[],
): ToolDictionary {
  const byHomepage = new Map<string, ToolDefinition>();
  for (const def of curated.list()) {
    const key = homepageKey(def.homepage);
    if (key && !byHomepage.has(key)) {
      byHomepage.set(key, def);
    }
  }
  const extras: ToolDefinition[] = [];
  // The landscape is the authority on CNCF levels; a curated sub-project
  // keeps its umbrella's.
  const levels = new Map<
    string,
    Pick<ToolDefinition, 'maturity' | 'archived'>
  >();
  const owner = new Map<string, string>();
  const claim = (def: ToolDefinition) => {
    for (const spelling of spellings(def)) {
      owner.set(lookupKey(spelling), def.slug);
    }
  };
  const isFree = (slug: string) => (spelling: string) => {
    const taken =
      curated.resolve(spelling)?.slug ?? owner.get(lookupKey(spelling));
    return taken === undefined || taken === slug;
  };

  for (const def of generated) {
    const found = curatedMatch(curated, byHomepage, def);
    if (found) {
      const match = found.tool;
      // The landscape's name ("Podman Container Tools") becomes a spelling
      // only when it shares a spelling with the curated tool or contains
      // one; otherwise
      // the curator chose its spellings on purpose ("Serverless Framework",
      // never the bare word).
      const findsItself =
        found.bySpelling ||
        curated.findMentions(def.name).some(m => m.slug === match.slug);
      const name =
        findsItself && isFree(match.slug)(def.name) ? def.name : match.name;
      const extra: ToolDefinition = {
        slug: match.slug,
        name,
        ...(def.homepage ? { homepage: def.homepage } : {}),
        ...(def.maturity ? { maturity: def.maturity } : {}),
        ...(def.category ? { category: def.category } : {}),
        ...(def.archived ? { archived: true } : {}),
      };
      if (
        !match.partOf &&
        (def.archived || (def.maturity && def.maturity !== 'none'))
      ) {
        levels.set(
          match.slug,
          def.archived ? { archived: true } : { maturity: def.maturity },
        );
      }
      claim(extra);
      extras.push(extra);
      continue;
    }
    const free = isFree(def.slug);
    if (!free(def.slug) || !free(def.name)) {
      continue; // a curated tool already answers to this name
    }
    const kept: ToolDefinition = { ...def };
    const aliases = def.aliases?.filter(free);
    const unambiguous = def.unambiguousAliases?.filter(free);
    delete kept.aliases;
    delete kept.unambiguousAliases;
    if (aliases?.length) kept.aliases = aliases;
    if (unambiguous?.length) kept.unambiguousAliases = unambiguous;
    claim(kept);
    extras.push(kept);
  }
  const relevelled = curated.list().map(def => {
    const level = levels.get(def.slug);
    if (!level) {
      return def;
    }
    const { maturity: _stale, ...rest } = def;
    return { ...rest, ...level };
  });
  return new ToolDictionary(relevelled).with(extras);
}

let landscapeDictionary: ToolDictionary | undefined;

/**
 * The curated dictionary plus every tool of the CNCF landscape, built once.
 * About a thousand tools: meant for Node code (extraction, search, the
 * backend); browsers should ask the backend instead.
 *
 * @public
 */
export function landscapeToolDictionary(): ToolDictionary {
  if (!landscapeDictionary) {
    landscapeDictionary = mergeLandscapeTools(
      new ToolDictionary(TOOL_DICTIONARY),
      LANDSCAPE_TOOLS,
    );
  }
  return landscapeDictionary;
}
