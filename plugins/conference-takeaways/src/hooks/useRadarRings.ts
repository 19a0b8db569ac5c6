import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import { useApi } from '@backstage/core-plugin-api';
import { RadarHistoryResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { conferenceTakeawaysApiRef } from '../api';

/** A tool's current ring on the tech radar. */
export type ToolRing = Pick<RadarRing, 'name' | 'color'>;

/** Current ring of each tool on the active entries of a radar, by tool slug. */
function currentRings(radar: RadarHistoryResponse): Map<string, ToolRing> {
  const ringsById = new Map(radar.rings.map(ring => [ring.id, ring]));
  const result = new Map<string, ToolRing>();
  for (const entry of radar.entries) {
    // timelines are newest first, so the first move is the current ring
    const ring = entry.active && ringsById.get(entry.timeline[0]?.ringId);
    if (ring && !result.has(entry.tool)) {
      result.set(entry.tool, { name: ring.name, color: ring.color });
    }
  }
  return result;
}

/**
 * The tools' current rings on the organisation's tech radar, by slug. Empty
 * while loading and when the radar is unavailable (not configured, or any
 * error): rings are extra information, so callers render without them.
 */
export function useRadarRings(): Map<string, ToolRing> {
  const api = useApi(conferenceTakeawaysApiRef);
  // async so that a synchronous throw also ends up as an ignored error
  const { value } = useAsync(async () => api.getRadarHistory(), [api]);
  return useMemo(() => (value ? currentRings(value) : new Map()), [value]);
}
