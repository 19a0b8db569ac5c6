import {
  evidenceRef,
  OrgRadar,
  OrgRadarSnapshot,
  RadarCitation,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** The radar with portal citations in its moves' evidence, and what did not fit. */
export interface MergedRadar {
  radar: OrgRadar;
  /** Citations of entries or moves the radar file no longer has. */
  orphans: RadarCitation[];
}

/** Whether the move's evidence already names the (canonical) ref. */
export function moveCites(snapshot: OrgRadarSnapshot, ref: string): boolean {
  return snapshot.evidence.some(value => evidenceRef(value) === ref);
}

/**
 * Adds each portal citation to the evidence of the move it names, with who
 * cited it in the move's `citations`. The radar file's own evidence comes
 * first; a ref the file already cites is not listed twice. Citations of
 * entries or moves that are gone from the file are returned as orphans.
 * The input radar is not changed.
 */
export function mergeCitations(
  radar: OrgRadar,
  citations: RadarCitation[],
): MergedRadar {
  const byMove = new Map<string, RadarCitation[]>();
  for (const citation of citations) {
    const key = moveKey(citation.entryId, citation.moveDate);
    byMove.set(key, [...(byMove.get(key) ?? []), citation]);
  }
  const placed = new Set<RadarCitation>();
  const entries = radar.entries.map(entry => {
    const timeline = entry.timeline.map(snapshot => {
      const cited = byMove.get(moveKey(entry.id, snapshot.date));
      if (!cited) {
        return snapshot;
      }
      cited.forEach(citation => placed.add(citation));
      // Oldest first, so new citations append to the evidence list.
      const ordered = [...cited].sort((a, b) =>
        a.citedAt.localeCompare(b.citedAt),
      );
      return {
        ...snapshot,
        evidence: [
          ...snapshot.evidence,
          ...ordered
            .map(citation => citation.entityRef)
            .filter(ref => !moveCites(snapshot, ref)),
        ],
        citations: ordered.map(({ id, entityRef, citedBy, citedAt }) => ({
          id,
          entityRef,
          citedBy,
          citedAt,
        })),
      };
    });
    return { ...entry, timeline };
  });
  return {
    radar: { ...radar, entries },
    orphans: citations.filter(citation => !placed.has(citation)),
  };
}

function moveKey(entryId: string, moveDate: string): string {
  return JSON.stringify([entryId, moveDate]);
}
