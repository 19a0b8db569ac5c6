/*
 * Plain-words explanations of a ranked item, for people who read a card in
 * five seconds: one short line ("About Linkerd — Payments API uses it (tag)"),
 * the rest in a detail list shown on demand. Built from the structured
 * reasons and the resolved tools of a /relevant response, so tools are named
 * by their display names and every fact is said once.
 */
import { parseEntityRef } from '@backstage/catalog-model';
import { RelevantItem, ResolvedTool } from './types';

/** What {@link explainRelevance} says about one item. @public */
export interface RelevanceExplanation {
  /** e.g. `About Linkerd — Payments API uses it (tag)`. */
  line: string;
  /** One sentence per shared tool and per other fact, for a tooltip. */
  details: string[];
}

/** Options of {@link explainRelevance}. @public */
export interface ExplainRelevanceOptions {
  /** How the entity is called in the sentences, e.g. `Payments API`. */
  entityName: string;
  /** The tools of the response, for their names and sources. */
  tools: ResolvedTool[];
}

type ToolSource = ResolvedTool['sources'][number];

/** The entity carrying a piece of evidence: its title, else its name. */
function nameOfSource(source: ToolSource | undefined): string | undefined {
  if (source?.title) {
    return source.title;
  }
  if (!source?.entityRef) {
    return undefined;
  }
  try {
    return parseEntityRef(source.entityRef).name;
  } catch {
    return source.entityRef;
  }
}

/**
 * Who uses the tool and how we know, in words: `Payments API uses it (tag)`,
 * `Payments API depends on Mesh Config, which uses it`, `its component
 * Checkout uses it` (titles when the entities have them, else names).
 */
function usageClause(tool: ResolvedTool | undefined, entityName: string) {
  const sources = tool?.sources ?? [];
  const direct = [
    ...new Set(
      sources
        .filter(s => s.type === 'tag' || s.type === 'annotation')
        .map(s => s.type),
    ),
  ];
  if (direct.length > 0) {
    return `${entityName} uses it (${direct.join(', ')})`;
  }
  const dependency = sources.find(s => s.type === 'dependency');
  if (dependency) {
    const name = nameOfSource(dependency);
    if (!name) {
      return `${entityName} depends on something that uses it`;
    }
    // The dependency is often the tool's own record (Apache Kafka for Kafka):
    // "depends on Apache Kafka, which uses it" would name the tool twice.
    return name.toLocaleLowerCase('en-US') ===
      tool?.name.toLocaleLowerCase('en-US')
      ? `${entityName} depends on it`
      : `${entityName} depends on ${name}, which uses it`;
  }
  const owned = sources.filter((s: ToolSource) => s.type === 'owned-component');
  if (owned.length === 1) {
    return `its component ${nameOfSource(owned[0]) ?? ''} uses it`
      .replace(/ {2}/g, ' ')
      .trim();
  }
  if (owned.length > 1) {
    return `${owned.length} of its components use it`;
  }
  return `${entityName} uses it`;
}

/**
 * The one-line reason and the detail sentences of a ranked item. The line
 * names the most telling shared tool; further shared tools are counted, and
 * listed in the details.
 *
 * @public
 */
export function explainRelevance(
  item: Pick<RelevantItem, 'kind' | 'reasons'>,
  options: ExplainRelevanceOptions,
): RelevanceExplanation {
  const bySlug = new Map(options.tools.map(tool => [tool.slug, tool]));
  const nameOf = (slug: string) => bySlug.get(slug)?.name ?? slug;
  const noun = item.kind === 'Talk' ? 'talk' : 'takeaway';

  // subject/mention reasons carry the tool in ranking order, most telling first
  // (an item whose reasons name tools only as used counts them as mentioned)
  const roles = item.reasons.filter(
    r => (r.type === 'subject' || r.type === 'mention') && r.tool,
  );
  const shared =
    roles.length > 0
      ? roles
      : item.reasons
          .filter(r => r.type === 'uses-tool' && r.tool)
          .map(r => ({ ...r, type: 'mention' as const }));
  const details: string[] = [];
  for (const reason of shared) {
    const slug = reason.tool!;
    const name = nameOf(slug);
    const role =
      reason.type === 'subject'
        ? `${name} is what this ${noun} is about`
        : `This ${noun} ${
            item.kind === 'Talk' ? 'covers' : 'mentions'
          } ${name}`;
    details.push(
      `${role}; ${usageClause(bySlug.get(slug), options.entityName)}.`,
    );
  }
  const age = item.reasons.find(r => r.type === 'age');
  if (age) {
    const year = /\d{4}/.exec(age.text)?.[0];
    details.push(
      year
        ? `It is from ${year}, so it ranks lower than newer items.`
        : 'Its date is unknown, so it ranks as if a few years old.',
    );
  }

  const first = shared[0];
  if (!first) {
    return { line: `Shares tools with ${options.entityName}`, details };
  }
  const lead =
    first.type === 'subject'
      ? `About ${nameOf(first.tool!)}`
      : `${item.kind === 'Talk' ? 'Covers' : 'Mentions'} ${nameOf(
          first.tool!,
        )}`;
  const more =
    shared.length > 1 ? ` (+${shared.length - 1} more of your tools)` : '';
  return {
    line: `${lead} — ${usageClause(
      bySlug.get(first.tool!),
      options.entityName,
    )}${more}`,
    details,
  };
}

/** How {@link describeItemAges} words the age of a list. @public */
export interface ItemAges {
  /** Said once above the list when every item is dated, e.g. `All from 2023 or earlier …`. */
  note?: string;
  /** Per item ref, when only some items are dated: e.g. `from 2019, may be dated`. */
  perItem: Map<string, string>;
}

function datedYear(item: Pick<RelevantItem, 'reasons'>): string | undefined {
  const age = item.reasons.find(r => r.type === 'age');
  if (!age || age.text === 'date unknown') {
    return undefined;
  }
  return /\d{4}/.exec(age.text)?.[0];
}

/**
 * Age said once when it applies to every item, per item only when it tells
 * items apart.
 *
 * @public
 */
export function describeItemAges(
  items: Array<Pick<RelevantItem, 'entityRef' | 'reasons'>>,
): ItemAges {
  const years = items.map(datedYear);
  const dated = years.filter((y): y is string => y !== undefined);
  if (items.length > 0 && dated.length === items.length) {
    const newest = dated.reduce((a, b) => (a > b ? a : b));
    return {
      note: `Everything here is from ${newest} or earlier, so check what has changed since.`,
      perItem: new Map(),
    };
  }
  const perItem = new Map<string, string>();
  items.forEach((item, i) => {
    const year = years[i];
    if (year) {
      perItem.set(item.entityRef, `from ${year}, may be dated`);
    }
  });
  return { perItem };
}

/**
 * The items to show, at most `limit`, with no talk twice: a talk that a
 * shown takeaway cites is left out (the takeaway lists it), even when the
 * talk ranked higher. Keeps the ranking order.
 *
 * @public
 */
export function withoutCitedTalks<
  T extends Pick<RelevantItem, 'entityRef' | 'kind' | 'talks'>,
>(items: T[], limit = Infinity): T[] {
  const cited = new Set<string>();
  let kept: T[] = [];
  for (const item of items) {
    if (kept.length >= limit) {
      break;
    }
    if (item.kind === 'Talk' && cited.has(item.entityRef)) {
      continue;
    }
    const cites = (item.talks ?? []).map(talk => talk.entityRef);
    if (cites.length > 0) {
      cites.forEach(ref => cited.add(ref));
      kept = kept.filter(k => k.kind !== 'Talk' || !cited.has(k.entityRef));
    }
    kept.push(item);
  }
  return kept;
}
