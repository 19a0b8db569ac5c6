/*
 * Relevance of one takeaway or talk to an entity, before age decay.
 *
 * For every tool t the item shares with the entity:
 *   centrality(t) = 1.0  t is a subject of the takeaway (spec.subjectTools)
 *                        or is named in the talk's title
 *                   0.6  a talk lists t (spec.tools) without naming it in its title
 *                   0.3  the takeaway merely mentions t
 *   weight(t)     = 0.2 for ubiquitous tools (Kubernetes), else 1
 *
 *   focus     = max over shared t of centrality(t) * weight(t)
 *   breadth   = sum of weight(t) over shared tools
 *               / sum of weight(t) over all the entity's tools
 *   relevance = 0.75 * focus + 0.25 * breadth          (0..1)
 *
 * An item about one of your tools beats one that mentions several in
 * passing; among equals, the one touching more of your tools wins.
 */
import { parseEntityRef } from '@backstage/catalog-model';
import { TakeawayEntity, TalkEntity } from '../kinds/types';
import { RelevanceReason, ResolvedTool } from './types';
import { ToolLookup } from './toolLookup';

/** @public */
export const RELEVANCE_CENTRALITY = {
  subject: 1,
  talkTopic: 0.6,
  mention: 0.3,
} as const;
/** @public */
export const RELEVANCE_UBIQUITOUS_WEIGHT = 0.2;
/** @public */
export const RELEVANCE_FOCUS_SHARE = 0.75;
/** @public */
export const RELEVANCE_BREADTH_SHARE = 0.25;

type Candidate = TakeawayEntity | TalkEntity;

interface SharedTool {
  tool: ResolvedTool;
  centrality: number;
  weight: number;
  subject: boolean;
}

export interface ItemRelevance {
  relevance: number;
  reasons: RelevanceReason[];
}

function slugsOf(values: unknown, dictionary: ToolLookup): Set<string> {
  const slugs = new Set<string>();
  if (Array.isArray(values)) {
    for (const value of values) {
      if (typeof value === 'string') {
        slugs.add(
          dictionary.resolve(value)?.slug ?? value.toLocaleLowerCase('en-US'),
        );
      }
    }
  }
  return slugs;
}

function isUbiquitous(tool: ResolvedTool, dictionary: ToolLookup): boolean {
  return dictionary.get(tool.slug)?.ubiquitous === true;
}

/**
 * The tools an item is about: a takeaway's subjectTools, or the tools a
 * talk's title names.
 */
function subjectSlugsOf(item: Candidate, dictionary: ToolLookup): Set<string> {
  if (item.kind === 'Takeaway') {
    return slugsOf(item.spec.subjectTools, dictionary);
  }
  const title = typeof item.spec.title === 'string' ? item.spec.title : '';
  return new Set(dictionary.findMentions(title).map(m => m.slug));
}

function centralityOf(item: Candidate, subject: boolean): number {
  if (subject) {
    return RELEVANCE_CENTRALITY.subject;
  }
  return item.kind === 'Takeaway'
    ? RELEVANCE_CENTRALITY.mention
    : RELEVANCE_CENTRALITY.talkTopic;
}

function describeSource(source: ResolvedTool['sources'][number]): string {
  const name = source.entityRef
    ? parseEntityRef(source.entityRef).name
    : undefined;
  switch (source.type) {
    case 'dependency':
      return `dependency ${name}`;
    case 'owned-component':
      return `owned component ${name}`;
    default:
      return source.type;
  }
}

function toolReasons(item: Candidate, shared: SharedTool): RelevanceReason[] {
  const slug = shared.tool.slug;
  const sources = [...new Set(shared.tool.sources.map(describeSource))];
  const noun = item.kind === 'Takeaway' ? 'takeaway' : 'talk';
  const ubiquitous =
    shared.weight < 1 ? ' (used almost everywhere, so it counts little)' : '';
  let content: RelevanceReason;
  if (shared.subject) {
    content = {
      type: 'subject',
      tool: slug,
      text: `${slug} is the subject of this ${noun}${ubiquitous}`,
    };
  } else {
    const verb = item.kind === 'Takeaway' ? 'mentions' : 'covers';
    content = {
      type: 'mention',
      tool: slug,
      text: `${verb} ${slug}${ubiquitous}`,
    };
  }
  return [
    {
      type: 'uses-tool',
      tool: slug,
      text: `uses ${slug} (${sources.join(', ')})`,
    },
    content,
  ];
}

/**
 * How relevant an item is to an entity using `tools`, with the reasons;
 * undefined when they share no tool.
 */
export function scoreItem(
  item: Candidate,
  tools: ResolvedTool[],
  dictionary: ToolLookup,
): ItemRelevance | undefined {
  const itemSlugs = slugsOf(item.spec.tools, dictionary);
  const subjectSlugs = subjectSlugsOf(item, dictionary);
  // A takeaway's subject counts as shared even if spec.tools forgot it; a
  // talk's title only decides how central the tools it lists are.
  if (item.kind === 'Takeaway') {
    subjectSlugs.forEach(slug => itemSlugs.add(slug));
  }

  let totalWeight = 0;
  const shared: SharedTool[] = [];
  for (const tool of tools) {
    const weight = isUbiquitous(tool, dictionary)
      ? RELEVANCE_UBIQUITOUS_WEIGHT
      : 1;
    totalWeight += weight;
    if (itemSlugs.has(tool.slug)) {
      const subject = subjectSlugs.has(tool.slug);
      shared.push({
        tool,
        weight,
        subject,
        centrality: centralityOf(item, subject),
      });
    }
  }
  if (shared.length === 0) {
    return undefined;
  }

  // Most telling tool first; stable on the entity's tool order otherwise.
  shared.sort((a, b) => b.centrality * b.weight - a.centrality * a.weight);
  const focus = shared[0].centrality * shared[0].weight;
  const breadth = shared.reduce((sum, s) => sum + s.weight, 0) / totalWeight;

  const reasons = shared.flatMap(s => toolReasons(item, s));
  if (shared.length > 1) {
    reasons.push({
      type: 'breadth',
      text: `touches ${shared.length} of your tools`,
    });
  }
  return {
    relevance:
      RELEVANCE_FOCUS_SHARE * focus + RELEVANCE_BREADTH_SHARE * breadth,
    reasons,
  };
}
