import { isAffiliationWord, leadingName, looksLikePersonName } from './names';

/** The speakers a byline names, and whether all of it was understood. */
export interface SpeakerList {
  speakers: string[];
  /** False when the text goes on with words that are neither names nor affiliations. */
  complete: boolean;
  /** True when a company or role was given with a name ("Jane Doe, Acme"). */
  affiliated: boolean;
}

export interface SpeakerListOptions {
  /**
   * How a comma is read when nothing else tells. Conference programs write
   * "Jane Doe, Acme" (the default: the last comma part is an affiliation);
   * "Jane Doe, John Roe - Title" headings put people before the title and
   * separate them with commas (`commaSeparatesPeople`).
   */
  commaSeparatesPeople?: boolean;
  /** Accept a lone word as a name when it is the whole list ("by Flynn"). */
  allowSingleWord?: boolean;
}

/** A speaker list is short; this bounds the work on odd input. */
const MAX_LIST_CHARS = 300;

/** After a name, these words start its affiliation: "Eric Tune at Google". */
const AFFILIATION_LEAD = /^(?:at|from|of|for|with|@)(?:\s|$)/i;

/** Footnote marks, Markdown emphasis and handles are not part of names. */
function withoutDecoration(text: string): string {
  return text
    .slice(0, MAX_LIST_CHARS)
    .replace(/\[\^[^\]\s]{1,20}\]/g, '') // footnote references: "Balkan[^6]"
    .replace(/(\p{L})['’]s(?=[\s,;]|$)/gu, '$1') // "Jane Doe's experience"
    .replace(/\*\*|__|(?<![\p{L}\d])[_*]|[_*](?![\p{L}\d])/gu, '')
    .replace(/\([^()]*\)/g, ' ') // "Jane Doe (Acme)", "(@handle)"
    .replace(/\s@\s?[^\s,;&]*/g, ' ') // "Jane Doe @ Acme", "@Google"
    .replace(/[\s.,;:]+$/, '');
}

/** An affiliation or role: "Acme", "Red Hat", "Staff Engineer at VMware", "solo.io". */
function isAffiliation(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 7) {
    return false;
  }
  if (words.some(isAffiliationWord) || AFFILIATION_LEAD.test(part)) {
    return true;
  }
  // a company name: capitalised words, digits or a domain, small words inside
  return words.every(
    (w, i) =>
      /^[\p{Lu}\d]/u.test(w) ||
      /^[\p{Ll}\d-]+\.[\p{Ll}]{2,}$/u.test(w) ||
      (i > 0 && /^(?:the|of|and|de|la|du)$/.test(w)),
  );
}

/** Splits "A & B" / "A and B" / "and B" into names. */
function conjunctionParts(part: string): string[] {
  return part
    .replace(/^(?:and|&|\+)\s+/i, '')
    .split(/\s+(?:and|&|\+)\s+/i)
    .map(p => p.trim())
    .filter(Boolean);
}

/**
 * Reads the people in a byline: "A & B, Acme", "A, Acme; B, Initech",
 * "A (Acme) and B @ Initech", "A, Staff Engineer at VMware, and B",
 * "Eric Tune & Wojciech Tyczyński at Google". Affiliations are dropped.
 * The list ends at the first part that is neither a name nor an
 * affiliation ("Greg Taylor referenced OPA" ⇒ Greg Taylor, incomplete).
 */
export function parseSpeakers(
  text: string,
  options: SpeakerListOptions = {},
): SpeakerList {
  const clean = withoutDecoration(text).trim();
  const speakers: string[] = [];
  let affiliated = /[(@]/.test(text.slice(0, MAX_LIST_CHARS));
  const result = (complete: boolean): SpeakerList => ({
    speakers: [...new Set(speakers)],
    complete: complete && speakers.length > 0,
    affiliated: affiliated && speakers.length > 0,
  });
  if (!clean) {
    return result(false);
  }
  const groups = clean.split(/\s*;\s*/).filter(Boolean);
  const singleWordAllowed =
    Boolean(options.allowSingleWord) && !/[\s,;&]/.test(clean);
  for (const group of groups) {
    const commaParts = group
      .split(/\s*,\s*/)
      .map(p => p.trim())
      .filter(Boolean);
    for (let i = 0; i < commaParts.length; i++) {
      const part = commaParts[i];
      const joined = /^(?:and|&|\+)\s/i.test(part);
      // "Jane Doe, Acme": the last comma part names the company
      const affiliationByPosition =
        (groups.length > 1 || !options.commaSeparatesPeople) &&
        i > 0 &&
        i === commaParts.length - 1 &&
        !joined;
      if (affiliationByPosition && speakers.length && isAffiliation(part)) {
        affiliated = true;
        continue;
      }
      for (const candidate of conjunctionParts(part)) {
        if (
          looksLikePersonName(candidate, { allowSingleWord: singleWordAllowed })
        ) {
          speakers.push(candidate);
          continue;
        }
        if (speakers.length && isAffiliation(candidate)) {
          affiliated = true;
          continue; // "Software Engineer", "DaoCloud & Shane Wang"
        }
        const lead = leadingName(candidate);
        if (lead) {
          speakers.push(lead.name);
          if (AFFILIATION_LEAD.test(lead.rest)) {
            affiliated = true;
            continue; // "Wojciech Tyczyński at Google"
          }
        }
        return result(false);
      }
    }
  }
  return result(true);
}

/** Past-tense verbs that follow the presenters: "Jane Doe and John Roe shared …". */
const PRESENTING_VERB =
  /\s(?:\p{Ll}+ed|gave|spoke|showed|told|took|led|ran|built|made|brought|taught|went|walked|dove|dived)\b/u;

/**
 * The presenters a description opens with, before its verb:
 * "Jane Doe (Acme) and John Roe shared how …" ⇒ Jane Doe, John Roe.
 * Nothing when no verb follows the names ("Lightweight Kubernetes
 * distributions are …").
 */
export function speakersBeforeVerb(text: string): string[] {
  const head = text.slice(0, 200);
  const verb = PRESENTING_VERB.exec(head);
  if (!verb) {
    return [];
  }
  return parseSpeakers(head.slice(0, verb.index)).speakers;
}
