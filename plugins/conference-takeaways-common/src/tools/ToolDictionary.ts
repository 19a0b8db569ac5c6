import { TOOL_DICTIONARY } from './data';
import { lookupKey } from './tokens';
import { FindMentionsOptions, TermMatcher } from './TermMatcher';
import { ToolDefinition, ToolOccurrence } from './types';
import { validateToolDefinition } from './validateToolDefinition';

function freezeDefinition(def: ToolDefinition): ToolDefinition {
  const copy: ToolDefinition = { ...def };
  if (def.aliases) {
    copy.aliases = Object.freeze([...def.aliases]) as string[];
  }
  if (def.unambiguousAliases) {
    copy.unambiguousAliases = Object.freeze([
      ...def.unambiguousAliases,
    ]) as string[];
  }
  return Object.freeze(copy);
}

function spellingsOf(def: ToolDefinition): string[] {
  return [
    def.slug,
    def.name,
    ...(def.aliases ?? []),
    ...(def.unambiguousAliases ?? []),
  ];
}

function union(
  base: string[] | undefined,
  extra: string[] | undefined,
): string[] | undefined {
  const all = [...(base ?? []), ...(extra ?? [])];
  if (all.length === 0) {
    return undefined;
  }
  return [...new Set(all)];
}

/**
 * Extending never rewrites what a tool already says; it only adds spellings
 * and fills fields the tool left empty. A different display name becomes an
 * alias.
 */
function mergeDefinitions(
  base: ToolDefinition,
  extra: ToolDefinition,
): ToolDefinition {
  const extraAliases = [...(extra.aliases ?? [])];
  if (lookupKey(extra.name) !== lookupKey(base.name)) {
    extraAliases.push(extra.name);
  }
  const merged: ToolDefinition = { ...extra, ...stripUndefined(base) };
  merged.aliases = union(base.aliases, extraAliases);
  merged.unambiguousAliases = union(
    base.unambiguousAliases,
    extra.unambiguousAliases,
  );
  return stripUndefined(merged) as ToolDefinition;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

function invalid(def: unknown, problems: string[]): Error {
  const slug = (def as { slug?: unknown } | null)?.slug;
  const label = typeof slug === 'string' ? `"${slug}"` : '(without slug)';
  return new Error(`Invalid tool definition ${label}: ${problems.join('; ')}`);
}

let defaultDictionary: ToolDictionary | undefined;

/**
 * The set of tools the plugin knows, with lookups by any spelling and
 * detection in prose. Immutable: `with()` returns a new dictionary.
 *
 * @public
 */
export class ToolDictionary {
  private readonly definitions: readonly ToolDefinition[];
  private readonly bySlug = new Map<string, ToolDefinition>();
  private readonly byKey = new Map<string, ToolDefinition>();
  private matcher: TermMatcher | undefined;

  /**
   * Throws when a definition is invalid, two share a slug, or one spelling
   * (compared case- and separator-insensitively) names two tools.
   */
  constructor(definitions: readonly ToolDefinition[]) {
    this.definitions = Object.freeze(
      definitions.map(def => {
        const problems = validateToolDefinition(def);
        if (problems.length > 0) {
          throw invalid(def, problems);
        }
        return freezeDefinition(def);
      }),
    );
    for (const def of this.definitions) {
      if (this.bySlug.has(def.slug)) {
        throw new Error(`Duplicate tool slug "${def.slug}"`);
      }
      this.bySlug.set(def.slug, def);
    }
    for (const def of this.definitions) {
      if (def.partOf !== undefined && !this.bySlug.has(def.partOf)) {
        throw invalid(def, [`partOf names unknown tool "${def.partOf}"`]);
      }
      for (const spelling of spellingsOf(def)) {
        const key = lookupKey(spelling);
        const owner = this.byKey.get(key);
        if (owner && owner !== def) {
          throw new Error(
            `Tool "${def.slug}" spelling "${spelling}" is already used by tool "${owner.slug}"`,
          );
        }
        this.byKey.set(key, def);
      }
    }
  }

  /** The built-in dictionary of cloud-native tools, built once. */
  static default(): ToolDictionary {
    if (!defaultDictionary) {
      defaultDictionary = new ToolDictionary(TOOL_DICTIONARY);
    }
    return defaultDictionary;
  }

  /**
   * A new dictionary with extra tools. An extra whose slug exists adds its
   * aliases (and its name, when different) to that tool and fills fields
   * the tool left empty; an extra with a new slug is added. Throws like the
   * constructor when an extra is invalid or a spelling clashes.
   */
  with(extra: readonly ToolDefinition[]): ToolDictionary {
    const merged = [...this.definitions];
    const index = new Map(merged.map((def, i) => [def.slug, i]));
    for (const def of extra) {
      const problems = validateToolDefinition(def);
      if (problems.length > 0) {
        throw invalid(def, problems);
      }
      const at = index.get(def.slug);
      if (at === undefined) {
        index.set(def.slug, merged.length);
        merged.push(def);
      } else {
        merged[at] = mergeDefinitions(merged[at], def);
      }
    }
    return new ToolDictionary(merged);
  }

  /** The tool with exactly this slug. */
  get(slug: string): ToolDefinition | undefined {
    return this.bySlug.get(slug);
  }

  /**
   * Finds a tool by slug, name or alias, ignoring case and separators:
   * `argocd`, `argo-cd` and `Argo CD` all give `argo-cd`. Meant for tags
   * and annotation values, so case-sensitive tools resolve in any casing.
   */
  resolve(nameOrAlias: string): ToolDefinition | undefined {
    if (typeof nameOrAlias !== 'string') {
      return undefined;
    }
    const key = lookupKey(nameOrAlias);
    return key ? this.byKey.get(key) : undefined;
  }

  /** All tools, in dictionary order. */
  list(): ToolDefinition[] {
    return [...this.definitions];
  }

  /** How many tools the dictionary holds. */
  get size(): number {
    return this.definitions.length;
  }

  /**
   * Every place the text names a tool, in text order, following the
   * matching rules described in the package README (word boundaries,
   * casing of ambiguous names, longest match, lists of tools, URLs other
   * than repository links skipped).
   */
  findMentions(
    text: string,
    options: FindMentionsOptions = {},
  ): ToolOccurrence[] {
    if (!this.matcher) {
      this.matcher = new TermMatcher(this.definitions);
    }
    return this.matcher.find(text, options);
  }
}
