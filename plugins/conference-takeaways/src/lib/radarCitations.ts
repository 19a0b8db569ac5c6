import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import {
  RadarCitation,
  RadarHistoryEntry,
  RadarHistoryResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { normalizeRef } from './entityRefs';

/** A move of a radar entry that cites a takeaway or talk. */
export interface CitingMove {
  entryId: string;
  entryTitle: string;
  /** Slug of the entry's tool (its tool page). */
  tool: string;
  moveDate: string;
  ring?: RadarRing;
  /** Set when the citation was made from the portal (it can be removed). */
  citation?: RadarCitation;
}

const sameRef = (a: string, b: string) => normalizeRef(a) === normalizeRef(b);

/**
 * Every move that cites `entityRef`: the radar file's evidence and the
 * portal's citations, once each. A portal citation the history does not
 * list yet (it is merged on read) still appears.
 */
export function citingMoves(
  history: RadarHistoryResponse,
  citations: RadarCitation[],
  entityRef: string,
): CitingMove[] {
  const rings = new Map(history.rings.map(ring => [ring.id, ring]));
  const entries = new Map(history.entries.map(entry => [entry.id, entry]));
  const ownCitations = citations.filter(c => sameRef(c.entityRef, entityRef));
  const portalFor = (entryId: string, moveDate: string) =>
    ownCitations.find(c => c.entryId === entryId && c.moveDate === moveDate);

  const moves: CitingMove[] = history.entries.flatMap(entry =>
    entry.timeline
      .filter(move => move.evidence.some(ref => sameRef(ref, entityRef)))
      .map(move => ({
        entryId: entry.id,
        entryTitle: entry.title,
        tool: entry.tool,
        moveDate: move.date,
        ring: rings.get(move.ringId),
        citation: portalFor(entry.id, move.date),
      })),
  );
  for (const citation of ownCitations) {
    const listed = moves.some(
      move =>
        move.entryId === citation.entryId &&
        move.moveDate === citation.moveDate,
    );
    const entry = entries.get(citation.entryId);
    if (!listed && entry) {
      const move = entry.timeline.find(m => m.date === citation.moveDate);
      moves.push({
        entryId: entry.id,
        entryTitle: entry.title,
        tool: entry.tool,
        moveDate: citation.moveDate,
        ring: move && rings.get(move.ringId),
        citation,
      });
    }
  }
  return moves;
}

/**
 * The entries a takeaway or talk can be cited for, those about its subject
 * tools first (phased-out entries are left out), and the one to offer first.
 */
export function citableEntries(
  history: RadarHistoryResponse,
  subjectTools: string[],
): { entries: RadarHistoryEntry[]; suggested?: RadarHistoryEntry } {
  const subjects = new Set(subjectTools.map(t => t.toLocaleLowerCase('en-US')));
  const active = history.entries.filter(entry => entry.active);
  const about = active.filter(entry => subjects.has(entry.tool));
  const others = active
    .filter(entry => !subjects.has(entry.tool))
    .sort((a, b) => a.title.localeCompare(b.title));
  return { entries: [...about, ...others], suggested: about[0] };
}
