import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_TOOL,
  ANNOTATION_TOOL_ALIASES,
  ANNOTATION_TOOLS,
  ToolDefinition,
  ToolDictionary,
  validateToolDefinition,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/**
 * What the organisation says it runs, wherever it says it: catalog entities
 * annotated as tools, the tools annotation and tags of its components, and
 * its tech radar's entries.
 *
 * @public
 */
export interface OrganisationToolSources {
  /** Entities annotated `conference-takeaways.dev/tool` (and `/tool-aliases`). */
  toolEntities?: Entity[];
  /** Components (or any entity) with the tools annotation. */
  components?: Entity[];
  /** Tech radar entries: their titles name tools. */
  radarEntries?: Array<{ id: string; title: string }>;
}

function slugOf(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\s]+/)
    .map(v => v.trim())
    .filter(Boolean);
}

/**
 * The definitions the organisation's own vocabulary adds: one per tool the
 * dictionary does not know yet, named as the organisation writes it and
 * matched with that exact casing (an organisation's "Atlas" is not the
 * word "atlas"). A tool entity for a known slug adds its title and aliases
 * as spellings. Names the dictionary already knows add nothing.
 *
 * Tags are not read: a tag naming a known tool is recognised already, and
 * an unknown tag (`payments`, `team-a`) cannot be told from a topic.
 *
 * @public
 */
export function organisationToolDefinitions(
  sources: OrganisationToolSources,
  dictionary: ToolDictionary,
): ToolDefinition[] {
  const found = new Map<string, ToolDefinition>();
  const add = (def: ToolDefinition) => {
    if (validateToolDefinition(def).length > 0) {
      return;
    }
    const existing = found.get(def.slug);
    found.set(
      def.slug,
      existing
        ? {
            ...existing,
            aliases: [
              ...new Set([...(existing.aliases ?? []), ...(def.aliases ?? [])]),
            ],
          }
        : def,
    );
  };
  const addName = (name: string) => {
    if (!dictionary.resolve(name)) {
      add({ slug: slugOf(name), name, caseSensitive: true });
    }
  };

  for (const entity of sources.toolEntities ?? []) {
    const annotations = entity.metadata.annotations ?? {};
    const slug = slugOf(annotations[ANNOTATION_TOOL] ?? '');
    if (!slug) {
      continue;
    }
    const known = dictionary.get(slug);
    const spellings = [
      entity.metadata.title,
      ...splitList(annotations[ANNOTATION_TOOL_ALIASES]),
    ].filter(
      (s): s is string =>
        !!s && (!dictionary.resolve(s) || dictionary.resolve(s) === known),
    );
    const newSpellings = spellings.filter(s => !dictionary.resolve(s));
    if (known) {
      if (newSpellings.length > 0) {
        add({ slug, name: known.name, aliases: newSpellings });
      }
    } else {
      const [name = entity.metadata.name, ...aliases] = newSpellings;
      add({
        slug,
        name,
        caseSensitive: true,
        ...(aliases.length > 0 ? { aliases } : {}),
      });
    }
  }
  for (const entity of sources.components ?? []) {
    splitList(entity.metadata.annotations?.[ANNOTATION_TOOLS]).forEach(addName);
  }
  for (const entry of sources.radarEntries ?? []) {
    addName(entry.title);
  }
  return [...found.values()];
}

/**
 * The dictionary extended with the organisation's vocabulary. A definition
 * that clashes with another tool's spelling is left out, so one odd
 * radar title never costs the others.
 *
 * @public
 */
export function withOrganisationTools(
  dictionary: ToolDictionary,
  sources: OrganisationToolSources,
): ToolDictionary {
  return organisationToolDefinitions(sources, dictionary).reduce(
    (current, def) => {
      try {
        return current.with([def]);
      } catch {
        return current;
      }
    },
    dictionary,
  );
}
