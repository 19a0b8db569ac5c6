import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { ReportParser } from '../extract/parsers/types';

/**
 * Adds report formats to the catalog module's trip-report ingestion. A
 * format is one {@link ReportParser}; the file endings the locations read
 * are those of the built-in parsers plus the added ones.
 *
 * @public
 */
export interface ConferenceTakeawaysParsersExtensionPoint {
  addParser(...parsers: ReportParser[]): void;
}

/**
 * Extension point of the catalog module `conference-takeaways` for more
 * report formats. Use it from a catalog module of your own:
 *
 * ```ts
 * env.registerInit({
 *   deps: { parsers: conferenceTakeawaysParsersExtensionPoint },
 *   async init({ parsers }) {
 *     parsers.addParser(myExportParser);
 *   },
 * });
 * ```
 *
 * Added parsers run in the backend's own thread (the built-in ones run in a
 * worker with a time budget), so they must work in time linear in the file.
 *
 * @public
 */
export const conferenceTakeawaysParsersExtensionPoint =
  createExtensionPoint<ConferenceTakeawaysParsersExtensionPoint>({
    id: 'catalog.conference-takeaways.parsers',
  });
