import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { parseOrgRadar } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The same setting the backend plugin serves the radar from. */
export const RADAR_LOCATION_KEY = 'conferenceTakeaways.radar.location';

/** The radar entries' ids and titles: the titles name tools. */
export type RadarTitles = Array<{ id: string; title: string }>;

/**
 * Reads the organisation's radar file (YAML or JSON) named by
 * `conferenceTakeaways.radar.location`: a path relative to the backend's
 * working directory, or an http(s) URL read through the UrlReader (so the
 * reading allow-list applies). Returns undefined when no radar is
 * configured; throws with the setting named when it cannot be read or is
 * invalid.
 */
export async function readRadarEntries(
  config: Config,
  urlReader: UrlReaderService,
): Promise<RadarTitles | undefined> {
  const location = config.getOptionalString(RADAR_LOCATION_KEY)?.trim();
  if (!location) {
    return undefined;
  }
  try {
    const text = /^https?:\/\//i.test(location)
      ? (await (await urlReader.readUrl(location)).buffer()).toString('utf8')
      : await readFile(resolve(process.cwd(), location), 'utf8');
    return parseOrgRadar(parseYaml(text)).entries.map(({ id, title }) => ({
      id,
      title,
    }));
  } catch (error) {
    throw new Error(
      `${RADAR_LOCATION_KEY} "${location}": ${(error as Error).message}`,
    );
  }
}
