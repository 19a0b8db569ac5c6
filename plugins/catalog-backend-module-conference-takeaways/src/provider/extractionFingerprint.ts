import { Config } from '@backstage/config';
import { createHash } from 'node:crypto';
import { version as extractorVersion } from '@conference-takeaways/backstage-plugin-conference-takeaways-node/package.json';

/**
 * A hash of everything besides the report files that decides what a
 * location's entities look like: our settings (namespaces, size limits, tool
 * dictionary, …) and the extractor's version. A stored read is only reused
 * as unchanged when this matches, so a changed setting or an upgraded
 * extractor re-reads every location once.
 */
export function extractionFingerprint(config: Config): string {
  const settings = config.getOptional('conferenceTakeaways') ?? null;
  return createHash('sha256')
    .update(JSON.stringify({ settings, extractorVersion }))
    .digest('hex');
}
