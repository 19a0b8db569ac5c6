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
import { PreparedCandidate } from './preparedCandidate';
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

/**
 * Scores prepared takeaways and talks for the tools of one entity. Made once
 * per request: weights and reason texts are worked out up front, and scoring
 * a candidate allocates nothing. Reasons are built only for the items that
 * are shown.
 */
export class ItemScorer {
  readonly #tools: ResolvedTool[];
  /** Per entity tool: the id of its slug (a repeated slug keeps one id). */
  readonly #slugIdOf: Int32Array;
  readonly #weightOf: Float64Array;
  /** `uses <slug> (<sources>)` per entity tool, worked out when first shown. */
  readonly #usesText: Array<string | undefined>;
  readonly #totalWeight: number;
  readonly #maxWeight: number;
  readonly #slugIds = new Map<string, number>();
  /** Per slug id: the last pass (one per item) that found it shared / a subject. */
  readonly #sharedIn: Int32Array;
  readonly #subjectIn: Int32Array;
  #pass = 0;
  /** The shared tools of the last item, most telling first. */
  readonly #shared: Int32Array;
  readonly #sharedSubject: Uint8Array;
  readonly #sharedValue: Float64Array;

  constructor(tools: ResolvedTool[], dictionary: ToolLookup) {
    this.#tools = tools;
    const count = tools.length;
    this.#slugIdOf = new Int32Array(count);
    this.#weightOf = new Float64Array(count);
    this.#usesText = [];
    let totalWeight = 0;
    let maxWeight = 0;
    tools.forEach((tool, i) => {
      let id = this.#slugIds.get(tool.slug);
      if (id === undefined) {
        id = this.#slugIds.size;
        this.#slugIds.set(tool.slug, id);
      }
      this.#slugIdOf[i] = id;
      const weight =
        dictionary.get(tool.slug)?.ubiquitous === true
          ? RELEVANCE_UBIQUITOUS_WEIGHT
          : 1;
      this.#weightOf[i] = weight;
      totalWeight += weight;
      maxWeight = Math.max(maxWeight, weight);
    });
    this.#totalWeight = totalWeight;
    this.#maxWeight = maxWeight;
    this.#sharedIn = new Int32Array(this.#slugIds.size);
    this.#subjectIn = new Int32Array(this.#slugIds.size);
    this.#shared = new Int32Array(count);
    this.#sharedSubject = new Uint8Array(count);
    this.#sharedValue = new Float64Array(count);
  }

  /**
   * Relevance (0..1, before age decay) of an item; undefined when it shares
   * no tool with the entity.
   */
  relevance(item: PreparedCandidate): number | undefined {
    const count = this.#collect(item);
    if (count === 0) {
      return undefined;
    }
    const focus = this.#sharedValue[0];
    let sharedWeight = 0;
    for (let k = 0; k < count; k++) {
      sharedWeight += this.#weightOf[this.#shared[k]];
    }
    const breadth = sharedWeight / this.#totalWeight;
    return RELEVANCE_FOCUS_SHARE * focus + RELEVANCE_BREADTH_SHARE * breadth;
  }

  /**
   * No item scores more: every shared tool a subject, the entity's heaviest
   * among them, and all of its tools shared.
   */
  maxRelevance(): number {
    return (
      RELEVANCE_FOCUS_SHARE * RELEVANCE_CENTRALITY.subject * this.#maxWeight +
      RELEVANCE_BREADTH_SHARE
    );
  }

  /** Why an item is relevant, most telling tool first. */
  reasons(item: PreparedCandidate): RelevanceReason[] {
    const count = this.#collect(item);
    const isTakeaway = item.candidate.kind === 'Takeaway';
    const noun = isTakeaway ? 'takeaway' : 'talk';
    const verb = isTakeaway ? 'mentions' : 'covers';
    const reasons: RelevanceReason[] = [];
    for (let k = 0; k < count; k++) {
      const i = this.#shared[k];
      const slug = this.#tools[i].slug;
      const ubiquitous =
        this.#weightOf[i] < 1
          ? ' (used almost everywhere, so it counts little)'
          : '';
      reasons.push({
        type: 'uses-tool',
        tool: slug,
        text: this.#usesTextOf(i),
      });
      reasons.push(
        this.#sharedSubject[k]
          ? {
              type: 'subject',
              tool: slug,
              text: `${slug} is the subject of this ${noun}${ubiquitous}`,
            }
          : {
              type: 'mention',
              tool: slug,
              text: `${verb} ${slug}${ubiquitous}`,
            },
      );
    }
    if (count > 1) {
      reasons.push({ type: 'breadth', text: `touches ${count} of your tools` });
    }
    return reasons;
  }

  /**
   * Finds the entity tools an item shares, ordered by centrality × weight
   * (stable on the entity's tool order); returns how many.
   */
  #collect(item: PreparedCandidate): number {
    const pass = ++this.#pass;
    const isTakeaway = item.candidate.kind === 'Takeaway';
    this.#mark(item.toolSlugs, pass, true, false);
    // A takeaway's subject counts as shared even if spec.tools forgot it; a
    // talk's title only decides how central the tools it lists are.
    this.#mark(item.subjectSlugs, pass, isTakeaway, true);

    const otherCentrality = isTakeaway
      ? RELEVANCE_CENTRALITY.mention
      : RELEVANCE_CENTRALITY.talkTopic;
    let count = 0;
    for (let i = 0; i < this.#tools.length; i++) {
      const id = this.#slugIdOf[i];
      if (this.#sharedIn[id] !== pass) {
        continue;
      }
      const subject = this.#subjectIn[id] === pass;
      const centrality = subject
        ? RELEVANCE_CENTRALITY.subject
        : otherCentrality;
      const value = centrality * this.#weightOf[i];
      // Insertion keeps equal values in the entity's tool order.
      let at = count;
      while (at > 0 && this.#sharedValue[at - 1] < value) {
        this.#shared[at] = this.#shared[at - 1];
        this.#sharedSubject[at] = this.#sharedSubject[at - 1];
        this.#sharedValue[at] = this.#sharedValue[at - 1];
        at--;
      }
      this.#shared[at] = i;
      this.#sharedSubject[at] = subject ? 1 : 0;
      this.#sharedValue[at] = value;
      count++;
    }
    return count;
  }

  #usesTextOf(i: number): string {
    let text = this.#usesText[i];
    if (text === undefined) {
      const tool = this.#tools[i];
      const sources = [...new Set(tool.sources.map(describeSource))];
      text = `uses ${tool.slug} (${sources.join(', ')})`;
      this.#usesText[i] = text;
    }
    return text;
  }

  /** Marks the entity tools among `slugs` as shared and/or as subjects. */
  #mark(
    slugs: readonly string[],
    pass: number,
    shared: boolean,
    subjects: boolean,
  ): void {
    for (let n = 0; n < slugs.length; n++) {
      const id = this.#slugIds.get(slugs[n]);
      if (id !== undefined) {
        if (shared) {
          this.#sharedIn[id] = pass;
        }
        if (subjects) {
          this.#subjectIn[id] = pass;
        }
      }
    }
  }
}
