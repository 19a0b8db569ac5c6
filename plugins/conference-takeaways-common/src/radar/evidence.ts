import { parseEntityRef } from '@backstage/catalog-model';
import { normalizeEntityRef } from '../relevance/refs';
import { RadarItemIndex } from './RadarItemIndex';
import {
  EvidenceView,
  OrgRadar,
  OrgRadarEntry,
  OrgRadarSnapshot,
  ToolHubWarning,
} from './types';

const EVIDENCE_KINDS = ['takeaway', 'talk'];

/**
 * The canonical ref of an evidence value, or undefined when it is not the
 * ref of a takeaway or talk. The kind must be written; the namespace
 * defaults to `default`.
 *
 * @public
 */
export function evidenceRef(value: string): string | undefined {
  const ref = normalizeEntityRef(value.trim());
  if (!ref) {
    return undefined;
  }
  return EVIDENCE_KINDS.includes(parseEntityRef(ref).kind) ? ref : undefined;
}

/** Every valid ref the entry's timeline cites, canonical. @public */
export function citedRefs(entry: OrgRadarEntry): Set<string> {
  return new Set(
    entry.timeline
      .flatMap(snapshot => snapshot.evidence)
      .map(evidenceRef)
      .filter((ref): ref is string => ref !== undefined),
  );
}

/** Every valid ref the radar cites, canonical and sorted. @public */
export function radarEvidenceRefs(radar: OrgRadar): string[] {
  return [
    ...new Set(radar.entries.flatMap(entry => [...citedRefs(entry)])),
  ].sort();
}

/**
 * A snapshot's evidence resolved against the items the caller may see.
 *
 * @public
 */
export interface ResolvedEvidence {
  evidence: EvidenceView[];
  warnings: ToolHubWarning[];
}

/**
 * Resolves the evidence of one move. Values that are no takeaway or talk
 * ref, and refs the index does not hold (they do not exist, or the caller
 * may not see them: the catalog does not say which), become warnings.
 *
 * @public
 */
export function resolveEvidence(
  entry: OrgRadarEntry,
  snapshot: OrgRadarSnapshot,
  items: RadarItemIndex,
): ResolvedEvidence {
  const where = `Radar entry "${entry.title}", move of ${snapshot.date}`;
  const evidence: EvidenceView[] = [];
  const warnings: ToolHubWarning[] = [];
  for (const value of snapshot.evidence) {
    const ref = evidenceRef(value);
    if (!ref) {
      evidence.push({ found: false, entityRef: value });
      warnings.push({
        type: 'invalid-evidence',
        entityRef: value,
        message: `${where}: evidence "${value}" is not a takeaway or talk ref; write takeaway:default/<name> or talk:default/<name>`,
      });
      continue;
    }
    const cited = snapshot.citations?.find(c => c.entityRef === ref);
    const citation = cited && {
      citation: {
        id: cited.id,
        citedBy: cited.citedBy,
        citedAt: cited.citedAt,
      },
    };
    const item = items.get(ref);
    if (item) {
      evidence.push({ found: true, ...item.view, ...citation });
      continue;
    }
    evidence.push({ found: false, entityRef: value, ...citation });
    warnings.push({
      type: 'missing-evidence',
      entityRef: ref,
      message: `${where}: cites ${ref}, which does not exist or which you may not see`,
    });
  }
  return { evidence, warnings };
}
