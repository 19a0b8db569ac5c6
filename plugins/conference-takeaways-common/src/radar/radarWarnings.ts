import { resolveEvidence } from './evidence';
import { radarEntryToolSlug } from './radarTools';
import { TechRadarEnrichment } from './techRadarResponse';
import { OrgRadar, OrgRadarEntry, ToolHubWarning, ToolUser } from './types';
import { holdWhileUsedWarning } from './usage';

/** The warnings about one entry: its evidence, and hold while used. */
export function entryWarnings(
  radar: OrgRadar,
  entry: OrgRadarEntry,
  enrichment: Pick<TechRadarEnrichment, 'items'>,
  users: ToolUser[],
): ToolHubWarning[] {
  const warnings = entry.timeline.flatMap(
    snapshot => resolveEvidence(entry, snapshot, enrichment.items).warnings,
  );
  const hold = holdWhileUsedWarning(entry, radar.rings, users);
  return hold ? [hold, ...warnings] : warnings;
}

/**
 * Every warning about the radar as the caller sees it: evidence that is no
 * takeaway or talk ref or that cannot be found, and entries on hold while
 * catalog entities use their tool.
 *
 * @public
 */
export function radarWarnings(
  radar: OrgRadar,
  enrichment: TechRadarEnrichment,
): ToolHubWarning[] {
  return radar.entries.flatMap(entry =>
    entryWarnings(
      radar,
      entry,
      enrichment,
      enrichment.users.get(radarEntryToolSlug(entry, enrichment.dictionary)) ??
        [],
    ),
  );
}
