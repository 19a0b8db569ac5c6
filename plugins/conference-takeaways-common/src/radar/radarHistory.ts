import { ToolLookup } from '../relevance/toolLookup';
import { radarEntryToolSlug } from './radarTools';
import { OrgRadar, RadarHistoryResponse } from './types';

/**
 * The whole radar file for `GET /radar/history`: inactive entries included,
 * timelines newest first, evidence as written, and each entry's tool slug.
 *
 * @public
 */
export function toRadarHistory(
  radar: OrgRadar,
  dictionary: ToolLookup,
): RadarHistoryResponse {
  return {
    quadrants: radar.quadrants,
    rings: radar.rings,
    entries: radar.entries.map(entry => ({
      ...entry,
      tool: radarEntryToolSlug(entry, dictionary),
    })),
  };
}
