import {
  CitedItem,
  RelevantItem,
  ToolHubItem,
  ToolRadarMove,
  ToolRadarView,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** A tool page item or cited item in the shape of `itemSchema`. */
export function citedItemOutput(item: CitedItem & { summary?: string }) {
  return {
    entityRef: item.entityRef,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    conference: item.conference,
    date: item.date,
  };
}

/** A ranked item in the shape of `itemSchema`, with why it was ranked. */
export function relevantItemOutput(item: RelevantItem) {
  return {
    entityRef: item.entityRef,
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    conference: item.conference,
    tools: item.tools,
    reasons: item.reasons.map(reason => reason.text),
  };
}

export function toolItemOutput(item: ToolHubItem) {
  return { ...citedItemOutput(item), subject: item.subject };
}

export function radarPlacementOutput(radar: ToolRadarView) {
  return {
    entryId: radar.entryId,
    title: radar.title,
    active: radar.active,
    quadrant: radar.quadrant.name,
    ring: radar.ring.name,
    description: radar.description,
  };
}

/** Keeps only the evidence the caller may see; counts the rest. */
export function radarMoveOutput(move: ToolRadarMove) {
  const found = move.evidence.flatMap(view =>
    view.found ? [citedItemOutput(view)] : [],
  );
  return {
    date: move.date,
    ring: move.ring.name,
    moved: move.moved,
    description: move.description,
    evidence: found,
    unresolvedEvidence: move.evidence.length - found.length,
  };
}
