import { ToolLookup } from '../relevance/toolLookup';
import { ToolDefinition } from '../tools/types';
import { OrgRadar, OrgRadarEntry } from './types';

/**
 * The slug of the tool a radar entry is about: its id, key or title as the
 * dictionary resolves them (so `otel` or `Apache Kafka` work), else its id
 * lower-cased, for technologies the dictionary does not know.
 *
 * @public
 */
export function radarEntryToolSlug(
  entry: Pick<OrgRadarEntry, 'id' | 'key' | 'title'>,
  dictionary: ToolLookup,
): string {
  const known =
    dictionary.resolve(entry.id) ??
    dictionary.resolve(entry.key) ??
    dictionary.resolve(entry.title);
  return known?.slug ?? entry.id.toLocaleLowerCase('en-US');
}

/**
 * The radar entry about a tool; an active entry wins over a phased-out one
 * when the file has both.
 *
 * @public
 */
export function findRadarEntry(
  radar: OrgRadar,
  slug: string,
  dictionary: ToolLookup,
): OrgRadarEntry | undefined {
  const matching = radar.entries.filter(
    entry => radarEntryToolSlug(entry, dictionary) === slug,
  );
  return matching.find(entry => entry.active) ?? matching[0];
}

/** A tool the tool page can show. @public */
export interface KnownTool {
  slug: string;
  name: string;
  definition?: ToolDefinition;
}

/**
 * Looks a tool up by slug, name or alias in the dictionary, then among the
 * radar's entries (by id or the slug they resolve to). Undefined when
 * neither knows it.
 *
 * @public
 */
export function findTool(
  nameOrSlug: string,
  dictionary: ToolLookup,
  radar?: OrgRadar,
): KnownTool | undefined {
  const definition = dictionary.resolve(nameOrSlug);
  if (definition) {
    return { slug: definition.slug, name: definition.name, definition };
  }
  const wanted = nameOrSlug.trim().toLocaleLowerCase('en-US');
  const entry = radar?.entries.find(
    e =>
      e.id.toLocaleLowerCase('en-US') === wanted ||
      radarEntryToolSlug(e, dictionary) === wanted,
  );
  return entry
    ? { slug: radarEntryToolSlug(entry, dictionary), name: entry.title }
    : undefined;
}
