import { ToolDictionary } from './ToolDictionary';
import { ToolMention } from './types';

/** @public */
export interface DetectToolsOptions {
  /** Defaults to `ToolDictionary.default()`. */
  dictionary?: ToolDictionary;
  /** The heading of the section; tools named here are its subject. */
  heading?: string;
  /**
   * Tools the author named as the subject (e.g. a `Tools:` line), by slug,
   * name or alias. Names the dictionary does not know are ignored; callers
   * that want to warn about them can check `dictionary.resolve()`.
   */
  explicit?: string[];
}

/**
 * A tool is a subject of the body when it is mentioned at least this often
 * and holds at least {@link SUBJECT_SHARE} of the mentions.
 */
const SUBJECT_MIN_COUNT = 2;
/** One third, so a three-way comparison still has subjects. */
const SUBJECT_SHARE = 1 / 3;

const HEADING_BASE = 0.9;
const EXPLICIT_BASE = 0.8;
const DOMINANT_BASE = 0.5;
const DOMINANT_SPAN = 0.3;
const MENTION_SPAN = 0.5;

interface Tally {
  slug: string;
  bodyCount: number;
  headingCount: number;
  explicit: boolean;
  /** For stable ordering: heading first, then body, then explicit-only. */
  order: number;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Finds the tools a text talks about and how central each one is.
 *
 * Weight formula (0..1), from body mentions only:
 *
 *   count(t)      mentions of t in the body text
 *   share(t)      count(t) / all body mentions; for non-ubiquitous tools the
 *                 denominator leaves ubiquitous ones (Kubernetes) out, so
 *                 background chatter does not dilute the real subject
 *   repeat(t)     1 - 0.5^count(t)  (0.5, 0.75, 0.875, ... : saturates)
 *   prominence(t) share(t) * repeat(t), in [0, 1)
 *
 *   named in heading             → 0.9 + 0.1 * prominence   (subject)
 *   in the explicit list         → 0.8 + 0.1 * prominence   (subject)
 *   count ≥ 2 and share ≥ 1/3    → 0.5 + 0.3 * prominence   (subject)
 *   otherwise                    → 0.5 * prominence         (mention)
 *
 * So the bands never overlap, and a single mention is at most 0.25: a
 * passing mention never outranks a subject. `count` in the result adds the
 * heading's mentions to the body's. Sorted by weight, then count, then
 * first appearance.
 *
 * @public
 */
export function detectTools(
  text: string,
  options: DetectToolsOptions = {},
): ToolMention[] {
  if (typeof text !== 'string') {
    throw new TypeError('detectTools: text must be a string');
  }
  const dictionary = options.dictionary ?? ToolDictionary.default();
  const tallies = new Map<string, Tally>();
  let order = 0;
  const tallyOf = (slug: string): Tally => {
    let tally = tallies.get(slug);
    if (!tally) {
      tally = {
        slug,
        bodyCount: 0,
        headingCount: 0,
        explicit: false,
        order: order++,
      };
      tallies.set(slug, tally);
    }
    return tally;
  };

  for (const occurrence of dictionary.findMentions(options.heading ?? '', {
    heading: true,
  })) {
    tallyOf(occurrence.slug).headingCount += 1;
  }
  for (const occurrence of dictionary.findMentions(text)) {
    tallyOf(occurrence.slug).bodyCount += 1;
  }
  for (const name of options.explicit ?? []) {
    const tool = dictionary.resolve(name);
    if (tool) {
      tallyOf(tool.slug).explicit = true;
    }
  }

  const isUbiquitous = (slug: string) =>
    dictionary.get(slug)?.ubiquitous === true;
  let allMentions = 0;
  let focusMentions = 0;
  for (const tally of tallies.values()) {
    allMentions += tally.bodyCount;
    if (!isUbiquitous(tally.slug)) {
      focusMentions += tally.bodyCount;
    }
  }

  const mentions = [...tallies.values()].map(tally => {
    const count = tally.bodyCount;
    const denominator =
      isUbiquitous(tally.slug) || focusMentions === 0
        ? allMentions
        : focusMentions;
    const share = denominator > 0 ? count / denominator : 0;
    const prominence = share * (1 - 0.5 ** count);
    const dominant = count >= SUBJECT_MIN_COUNT && share >= SUBJECT_SHARE;
    let weight: number;
    if (tally.headingCount > 0) {
      weight = HEADING_BASE + 0.1 * prominence;
    } else if (tally.explicit) {
      weight = EXPLICIT_BASE + 0.1 * prominence;
    } else if (dominant) {
      weight = DOMINANT_BASE + DOMINANT_SPAN * prominence;
    } else {
      weight = MENTION_SPAN * prominence;
    }
    return {
      tally,
      mention: {
        slug: tally.slug,
        count: count + tally.headingCount,
        weight: round(weight),
        subject: tally.headingCount > 0 || tally.explicit || dominant,
      },
    };
  });

  mentions.sort(
    (a, b) =>
      b.mention.weight - a.mention.weight ||
      b.mention.count - a.mention.count ||
      a.tally.order - b.tally.order,
  );
  return mentions.map(m => m.mention);
}

/**
 * The takeaway spec fields from detected mentions: `tools` is every slug,
 * most central first; `subjectTools` the subjects among them.
 *
 * @public
 */
export function mentionsToSlugs(mentions: readonly ToolMention[]): {
  tools: string[];
  subjectTools: string[];
} {
  const ordered = [...mentions].sort((a, b) => b.weight - a.weight);
  const tools = [...new Set(ordered.map(m => m.slug))];
  const subjects = new Set(ordered.filter(m => m.subject).map(m => m.slug));
  return { tools, subjectTools: tools.filter(slug => subjects.has(slug)) };
}
