import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ANNOTATION_TOOL, ANNOTATION_TOOLS } from '../kinds/constants';
import { ToolDefinition } from '../tools/types';
import { ResolvedTool, ToolSourceType } from './types';
import { dependencyRefsOf } from './refs';
import { ToolLookup } from './toolLookup';

/** Options of {@link resolveEntityTools}. @public */
export interface ResolveEntityToolsOptions {
  dictionary: ToolLookup;
  /**
   * Entities the entity (or one of `ownedComponents`) depends on or consumes.
   * Each one counts for whichever of them points at it with a `dependsOn` /
   * `consumesApi` relation or spec field (see `dependencyRefsOf`).
   */
  dependencies?: Entity[];
  /** For groups: the components the group owns. */
  ownedComponents?: Entity[];
}

type ToolSource = ResolvedTool['sources'][number];

/** Evidence carried by another entity: its ref, and its title when it has one. */
function evidenceSource(
  type: 'dependency' | 'owned-component',
  carrier: Entity,
  entityRef: string,
): ToolSource {
  const title = carrier.metadata.title;
  return title ? { type, entityRef, title } : { type, entityRef };
}

/** Collects tools by slug, keeping first-seen order and merging sources. */
class ToolCollector {
  readonly #tools = new Map<string, ResolvedTool>();

  add(slug: string, name: string, source: ToolSource) {
    const existing = this.#tools.get(slug);
    if (!existing) {
      this.#tools.set(slug, { slug, name, sources: [source] });
      return;
    }
    const duplicate = existing.sources.some(
      s => s.type === source.type && s.entityRef === source.entityRef,
    );
    if (!duplicate) {
      existing.sources.push(source);
    }
  }

  toArray(): ResolvedTool[] {
    return [...this.#tools.values()];
  }
}

/**
 * Reads the tools annotation: entries are comma separated, and within an
 * entry the longest run of words naming a tool wins, so `Argo CD otel` is
 * Argo CD and OpenTelemetry (not the Argo umbrella). Unknown words are
 * skipped.
 */
function annotationTools(
  value: string,
  dictionary: ToolLookup,
): ToolDefinition[] {
  const tools: ToolDefinition[] = [];
  for (const entry of value.split(',')) {
    const words = entry.trim().split(/\s+/).filter(Boolean);
    let start = 0;
    while (start < words.length) {
      const found = longestToolAt(words, start, dictionary);
      if (found) {
        tools.push(found.tool);
      }
      start = found ? found.end : start + 1;
    }
  }
  return tools;
}

/** The tool named by the most words from `start`, and where it ends. */
function longestToolAt(
  words: string[],
  start: number,
  dictionary: ToolLookup,
): { tool: ToolDefinition; end: number } | undefined {
  for (let end = words.length; end > start; end--) {
    const tool = dictionary.resolve(words.slice(start, end).join(' '));
    if (tool) {
      return { tool, end };
    }
  }
  return undefined;
}

/** A tool record entity (annotated with the tool slug) as a tool. */
function toolOfToolEntity(
  entity: Entity,
  dictionary: ToolLookup,
): { slug: string; name: string } | undefined {
  const value = entity.metadata.annotations?.[ANNOTATION_TOOL]?.trim();
  if (!value) {
    return undefined;
  }
  const known = dictionary.resolve(value);
  if (known) {
    return { slug: known.slug, name: known.name };
  }
  // The organisation may record tools the dictionary does not know yet.
  return {
    slug: value.toLocaleLowerCase('en-US'),
    name: entity.metadata.title ?? value,
  };
}

/**
 * The tools an entity declares itself: its tags and the tools annotation; a
 * tool record entity also "uses" the tool it records.
 */
function collectOwnTools(
  entity: Entity,
  dictionary: ToolLookup,
  sourceFor: (type: ToolSourceType) => ToolSource,
  collector: ToolCollector,
) {
  for (const tag of entity.metadata.tags ?? []) {
    const tool = dictionary.resolve(tag);
    if (tool) {
      collector.add(tool.slug, tool.name, sourceFor('tag'));
    }
  }
  const annotation = entity.metadata.annotations?.[ANNOTATION_TOOLS];
  for (const tool of annotationTools(annotation ?? '', dictionary)) {
    collector.add(tool.slug, tool.name, sourceFor('annotation'));
  }
  const recorded = toolOfToolEntity(entity, dictionary);
  if (recorded) {
    collector.add(recorded.slug, recorded.name, sourceFor('annotation'));
  }
}

function collectDependencyTools(
  entity: Entity,
  dependenciesByRef: Map<string, Entity>,
  dictionary: ToolLookup,
  sourceFor: (dependency: Entity, dependencyRef: string) => ToolSource,
  collector: ToolCollector,
) {
  for (const ref of dependencyRefsOf(entity)) {
    const dependency = dependenciesByRef.get(ref);
    const tool = dependency && toolOfToolEntity(dependency, dictionary);
    if (tool) {
      collector.add(tool.slug, tool.name, sourceFor(dependency, ref));
    }
  }
}

/**
 * The tools a catalog entity uses, each with the evidence for it:
 *
 * - `tag`: a `metadata.tags` entry that names a tool (slug or alias);
 *   tags that are not tools are ignored.
 * - `annotation`: the `conference-takeaways.dev/tools` annotation (comma or
 *   whitespace separated), or the entity is itself annotated as a tool
 *   record with `conference-takeaways.dev/tool`.
 * - `dependency`: a dependsOn / consumesApi target annotated with
 *   `conference-takeaways.dev/tool: <slug>` (entityRef = that target).
 * - `owned-component`: for a group, any of the above found on a component it
 *   owns (entityRef = the component).
 *
 * Tools are deduplicated by slug with their sources merged, in first-seen
 * order: the entity's own evidence first, then owned components.
 *
 * @public
 */
export function resolveEntityTools(
  entity: Entity,
  options: ResolveEntityToolsOptions,
): ResolvedTool[] {
  const { dictionary } = options;
  const dependenciesByRef = new Map(
    (options.dependencies ?? []).map(d => [stringifyEntityRef(d), d]),
  );
  const collector = new ToolCollector();

  collectOwnTools(entity, dictionary, type => ({ type }), collector);
  collectDependencyTools(
    entity,
    dependenciesByRef,
    dictionary,
    (dependency, entityRef) =>
      evidenceSource('dependency', dependency, entityRef),
    collector,
  );

  // The catalog returns rows in a database-dependent order; sort so tools
  // and their sources come out the same on SQLite and PostgreSQL.
  const ownedComponents = [...(options.ownedComponents ?? [])].sort((a, b) =>
    stringifyEntityRef(a).localeCompare(stringifyEntityRef(b)),
  );
  for (const component of ownedComponents) {
    const source = evidenceSource(
      'owned-component',
      component,
      stringifyEntityRef(component),
    );
    collectOwnTools(component, dictionary, () => source, collector);
    collectDependencyTools(
      component,
      dependenciesByRef,
      dictionary,
      () => source,
      collector,
    );
  }

  return collector.toArray();
}
