import { lookupKey, tokenizeTerm } from '../tokens';
import { ToolDefinition, ToolMaturity } from '../types';
import { validateToolDefinition } from '../validateToolDefinition';

/** The fields of a landscape.yml item this generator reads. */
export interface LandscapeItem {
  name: string;
  homepage_url?: string;
  repo_url?: string;
  project?: string;
}

/** An item with where it sits in the landscape. */
export interface PlacedLandscapeItem {
  item: LandscapeItem;
  category: string;
  subcategory: string;
}

/** A landscape item that did not become a tool, and why. */
export interface SkippedLandscapeItem {
  name: string;
  reason: string;
}

export interface ToolsFromLandscapeOptions {
  /** True for a lower-case everyday English word (`helm`, `score`). */
  isEnglishWord(word: string): boolean;
}

// Members, training partners and service providers are organisations, not
// tools anyone runs.
const ORGANISATION_CATEGORIES = new Set(['CNCF Members', 'Special']);
// Languages that compile to Wasm ("C", "Rust", "Go") are not tools.
const LANGUAGE_SUBCATEGORIES = new Set(['Languages']);
// Items about the landscape itself.
const NOT_TOOLS = new Set(['Cloud Native Landscape']);
const CNCF_LEVELS = new Set(['graduated', 'incubating', 'sandbox']);

// Trailing words that only qualify a project's name: people write "Notary",
// "WasmEdge", "Flatcar" and "Podman".
const QUALIFYING_SUFFIXES = [
  'Project',
  'Runtime',
  'Container Tools',
  'Container Linux',
  'Notebooks',
  'Datastore',
  'Registry',
];

// Asides that say where an item is listed, not what it is called.
const PLACEMENT_ASIDES = new Set(['wasm']);

// Repository and organisation names that say nothing about the project.
const GENERIC_HANDLES = new Set([
  'api',
  'build',
  'community',
  'core',
  'operator',
  'pipeline',
  'project',
  'server',
  'serving',
  'spec',
  'specification',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listAt(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new Error(`landscape.yml: ${path} must be a list`);
  }
  return value;
}

/**
 * Every item of a parsed landscape.yml with its category and subcategory.
 * Throws naming the path when the file does not have the landscape's shape.
 */
export function landscapeItems(doc: unknown): PlacedLandscapeItem[] {
  if (!isObject(doc) || !Array.isArray(doc.landscape)) {
    throw new Error('landscape.yml: expected a top-level "landscape" list');
  }
  const placed: PlacedLandscapeItem[] = [];
  doc.landscape.forEach((category: unknown, c) => {
    if (!isObject(category) || typeof category.name !== 'string') {
      throw new Error(`landscape.yml: landscape[${c}] has no name`);
    }
    const categoryName = category.name;
    const subs = listAt(category.subcategories, categoryName);
    subs.forEach((sub: unknown, s) => {
      if (!isObject(sub) || typeof sub.name !== 'string') {
        throw new Error(`landscape.yml: ${category.name}[${s}] has no name`);
      }
      const path = `${category.name} / ${sub.name}`;
      for (const item of listAt(sub.items, path)) {
        if (!isObject(item) || typeof item.name !== 'string') {
          throw new Error(`landscape.yml: an item in ${path} has no name`);
        }
        placed.push({
          item: item as unknown as LandscapeItem,
          category: categoryName,
          subcategory: sub.name,
        });
      }
    });
  });
  return placed;
}

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

function httpsUrl(value: string | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  try {
    const url = new URL(value.trim());
    url.protocol = 'https:';
    return url.toString();
  } catch {
    return undefined;
  }
}

/** `Open Policy Agent (OPA)` → name `Open Policy Agent`, alias `OPA`. */
function splitParenthetical(name: string): { base: string; aside?: string } {
  const match = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(name);
  return match
    ? { base: match[1].trim(), aside: match[2].trim() }
    : { base: name.trim() };
}

function withoutSuffix(name: string): string | undefined {
  for (const suffix of QUALIFYING_SUFFIXES) {
    if (name.endsWith(` ${suffix}`)) {
      return name.slice(0, -suffix.length - 1).trim();
    }
  }
  return undefined;
}

/** GitHub organisation and repository of a repo URL. */
function repoHandles(repoUrl: string | undefined): string[] {
  const match = /github\.com\/([^/\s]+)(?:\/([^/\s#?]+))?/i.exec(repoUrl ?? '');
  return match ? [match[1], match[2]].filter((h): h is string => !!h) : [];
}

/**
 * Whether every word of a spelling is an everyday English word, so that
 * prose could use it without meaning the tool ("Chaos Mesh", "Score").
 */
function isWordy(
  spelling: string,
  isEnglishWord: (word: string) => boolean,
): boolean {
  const tokens = tokenizeTerm(spelling);
  return tokens.length > 0 && tokens.every(t => isEnglishWord(t.lower));
}

/**
 * Handles such as `fluxcd`, `goharbor`, `kedacore` or `copacetic`: they
 * contain the name's letters at either end, cannot be read as prose, and
 * people use them for the project.
 */
function distinctiveHandles(
  name: string,
  repoUrl: string | undefined,
  isEnglishWord: (word: string) => boolean,
): string[] {
  const nameKey = lookupKey(name);
  const unique = [...new Set(repoHandles(repoUrl))];
  return unique.filter(handle => {
    const key = lookupKey(handle);
    return (
      nameKey.length >= 3 &&
      key !== nameKey &&
      key.length >= nameKey.length + 2 &&
      (key.startsWith(nameKey) || key.endsWith(nameKey)) &&
      !GENERIC_HANDLES.has(key) &&
      !isEnglishWord(key) &&
      /^[A-Za-z][A-Za-z0-9-]*$/.test(handle)
    );
  });
}

/**
 * The initials of a name's words, CamelCase parts included: `LWS` for
 * LeaderWorkerSet, `OPA` for Open Policy Agent.
 */
function initialsOf(name: string): string {
  return tokenizeTerm(name)
    .flatMap(t => t.raw.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .map(word => word[0].toUpperCase())
    .join('');
}

/**
 * The initialism people use for a project, when the project itself uses
 * it for its repository or web address (`kubernetes-sigs/lws`,
 * `lws.sigs.k8s.io`) and it is not a word.
 */
function initialism(
  item: LandscapeItem,
  name: string,
  isEnglishWord: (word: string) => boolean,
): string | undefined {
  const initials = initialsOf(name);
  if (initials.length < 3 || isEnglishWord(initials.toLowerCase())) {
    return undefined;
  }
  let host = '';
  try {
    host = new URL(item.homepage_url ?? '').hostname.split('.')[0];
  } catch {
    // no usable homepage; the repository may still say it
  }
  const used = [host, ...repoHandles(item.repo_url)].some(
    label => label.toLowerCase() === initials.toLowerCase(),
  );
  return used ? initials : undefined;
}

function maturityOf(
  project: string | undefined,
): Pick<ToolDefinition, 'maturity' | 'archived'> {
  if (project && CNCF_LEVELS.has(project)) {
    return { maturity: project as ToolMaturity };
  }
  if (project === 'archived') {
    return { archived: true };
  }
  return { maturity: 'none' };
}

/**
 * One landscape item as a tool definition, with the matching rules its
 * name calls for:
 *
 * - a name made only of English words ("Chaos Mesh") matches only with its
 *   exact casing;
 * - a CNCF project named by one English word ("Score", "Volcano") also not
 *   as the first word of a sentence or line, nor in a title (`commonWord`);
 * - any other one-word English name ("Scale", "Ambient", "sealer") cannot
 *   be told from prose without a curator, so only its distinctive handles
 *   (`fluxcd`, `copacetic`) are looked for; curated entries add the ones
 *   people talk about;
 * - handles from the repository match in any casing.
 */
export function toolFromLandscapeItem(
  placed: PlacedLandscapeItem,
  options: ToolsFromLandscapeOptions,
): ToolDefinition {
  const { item, subcategory } = placed;
  const { isEnglishWord } = options;
  const { base, aside } = splitParenthetical(item.name);
  const short = withoutSuffix(base);
  const cncf = !!item.project && CNCF_LEVELS.has(item.project);
  const isOneWord = (s: string) =>
    tokenizeTerm(s).length === 1 && isWordy(s, isEnglishWord);
  // Without a curator, a short form that is a plain word is not kept.
  const candidates = [
    aside,
    short,
    initialism(item, short ?? base, isEnglishWord),
  ];
  const aliases = [...new Set(candidates)].filter(
    (a): a is string =>
      !!a &&
      tokenizeTerm(a).length > 0 &&
      !PLACEMENT_ASIDES.has(lookupKey(a)) &&
      (cncf || !isOneWord(a)),
  );
  const handles = distinctiveHandles(
    short ?? base,
    item.repo_url,
    isEnglishWord,
  );
  const wordy = [base, ...aliases].some(s => isWordy(s, isEnglishWord));
  const oneWord = [base, ...aliases].some(isOneWord);
  // An all-capitals acronym ("MAAS", "BOSH") is safe with its casing.
  const acronym = /^[A-Z0-9]{3,}$/.test(base);
  const nameUnusable =
    isOneWord(base) && !acronym && (!cncf || base === base.toLowerCase());
  const homepage = httpsUrl(item.homepage_url) ?? httpsUrl(item.repo_url);

  return {
    slug: slugOf(base),
    name: base,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(handles.length > 0 ? { unambiguousAliases: handles } : {}),
    ...(homepage ? { homepage } : {}),
    ...maturityOf(item.project),
    category: slugOf(subcategory),
    ...(wordy ? { caseSensitive: true } : {}),
    ...(oneWord && cncf ? { commonWord: true } : {}),
    ...(nameUnusable ? { matchName: false } : {}),
  };
}

function skipReason(placed: PlacedLandscapeItem): string | undefined {
  if (ORGANISATION_CATEGORIES.has(placed.category)) {
    return `an organisation (${placed.category} / ${placed.subcategory})`;
  }
  if (LANGUAGE_SUBCATEGORIES.has(placed.subcategory)) {
    return 'a programming language';
  }
  if (NOT_TOOLS.has(placed.item.name)) {
    return 'not a tool (the landscape itself)';
  }
  if (!placed.item.project && !placed.item.repo_url) {
    return 'neither a CNCF project nor open source with a repository';
  }
  return undefined;
}

/**
 * The tools of a parsed landscape.yml: every CNCF project (archived ones
 * flagged) and every other open-source item with a repository; members,
 * service providers and products without a repository are left out.
 * Items listed in several places count once; an item whose name or alias
 * would clash with an earlier one keeps only its own spellings or, when
 * its name clashes, is skipped.
 */
export function toolsFromLandscape(
  doc: unknown,
  options: ToolsFromLandscapeOptions,
): { tools: ToolDefinition[]; skipped: SkippedLandscapeItem[] } {
  const tools: ToolDefinition[] = [];
  const skipped: SkippedLandscapeItem[] = [];
  const owners = new Map<string, string>();
  const slugs = new Set<string>();
  const seenNames = new Set<string>();

  for (const placed of landscapeItems(doc)) {
    const name = placed.item.name;
    const reason = skipReason(placed);
    if (reason) {
      skipped.push({ name, reason });
      continue;
    }
    if (seenNames.has(name)) {
      continue; // the same item under a second subcategory
    }
    seenNames.add(name);
    const def = toolFromLandscapeItem(placed, options);
    const nameOwner =
      owners.get(lookupKey(def.name)) ?? owners.get(lookupKey(def.slug));
    if (nameOwner || slugs.has(def.slug) || !def.slug) {
      skipped.push({
        name,
        reason: `its name or slug is taken by "${nameOwner ?? def.slug}"`,
      });
      continue;
    }
    const free = (spelling: string) => !owners.has(lookupKey(spelling));
    const cleaned = stripEmpty({
      ...def,
      aliases: def.aliases?.filter(free),
      unambiguousAliases: def.unambiguousAliases?.filter(free),
    });
    const problems = validateToolDefinition(cleaned);
    if (problems.length > 0) {
      skipped.push({ name, reason: problems.join('; ') });
      continue;
    }
    for (const spelling of [
      cleaned.slug,
      cleaned.name,
      ...(cleaned.aliases ?? []),
      ...(cleaned.unambiguousAliases ?? []),
    ]) {
      owners.set(lookupKey(spelling), cleaned.slug);
    }
    slugs.add(cleaned.slug);
    tools.push(cleaned);
  }
  return { tools, skipped };
}

function stripEmpty(def: ToolDefinition): ToolDefinition {
  const copy: ToolDefinition = { ...def };
  if (!copy.aliases?.length) delete copy.aliases;
  if (!copy.unambiguousAliases?.length) delete copy.unambiguousAliases;
  return copy;
}
