import {
  evidenceRef,
  OrgRadar,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap } from 'yaml';

/** A timeline date as the radar parser normalises it. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date) {
    return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  }
  return typeof value === 'string' ? value : undefined;
}

function addEvidence(doc: Document, move: YAMLMap, refs: string[]) {
  const evidence = move.get('evidence');
  if (!isSeq(evidence) || evidence.items.length === 0) {
    // Missing, `evidence: null` or `evidence: []`: a new block list.
    move.set('evidence', doc.createNode(refs));
    return;
  }
  const present = new Set(
    evidence.items.map(item =>
      isScalar(item) ? evidenceRef(String(item.value)) : undefined,
    ),
  );
  for (const ref of refs) {
    if (!present.has(ref)) {
      evidence.add(doc.createNode(ref));
    }
  }
}

/**
 * The radar file's text with the portal citations of the merged radar
 * written into each move's `evidence`, keeping the file's comments, order
 * and formatting where it can (the file is edited as a YAML document, not
 * re-serialised from data). JSON files come back as YAML flow style.
 */
export function exportRadarYaml(text: string, merged: OrgRadar): string {
  const doc = parseDocument(text);
  const entries = doc.get('entries');
  if (!isSeq(entries)) {
    return doc.toString();
  }
  for (const entry of merged.entries) {
    const entryNode = entries.items.find(
      (item): item is YAMLMap => isMap(item) && item.get('id') === entry.id,
    );
    const timeline = entryNode?.get('timeline');
    if (!isSeq(timeline)) {
      continue;
    }
    for (const snapshot of entry.timeline) {
      if (!snapshot.citations?.length) {
        continue;
      }
      const move = timeline.items.find(
        (item): item is YAMLMap =>
          isMap(item) && dateText(item.get('date')) === snapshot.date,
      );
      if (move) {
        addEvidence(
          doc,
          move,
          snapshot.citations.map(citation => citation.entityRef),
        );
      }
    }
  }
  return doc.toString();
}
