import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { readWholeNumberSetting } from '../config/readWholeNumberSetting';

export const CATALOG_SETTINGS_KEY = 'conferenceTakeaways.catalog';

/** How the plugin uses the catalog; see config.d.ts. */
export interface CatalogSettings {
  /** Most catalog requests the plugin has in flight at once. */
  maxConcurrentRequests: number;
  /** Seconds between two checks of the catalog for changed entities. */
  indexRefreshSeconds: number;
  /** Most entities the in-memory index holds. */
  indexMaxEntities: number;
  /** Seconds a caller's "may read every entity" answer is reused for the same token. */
  permissionReuseSeconds: number;
}

export const DEFAULT_CATALOG_SETTINGS: CatalogSettings = {
  maxConcurrentRequests: 10,
  indexRefreshSeconds: 30,
  indexMaxEntities: 100_000,
  permissionReuseSeconds: 10,
};

const RANGES: Record<keyof CatalogSettings, [number, number]> = {
  maxConcurrentRequests: [1, 100],
  indexRefreshSeconds: [5, 3600],
  indexMaxEntities: [100, 1_000_000],
  permissionReuseSeconds: [0, 300],
};

/**
 * Reads `conferenceTakeaways.catalog`. A wrong value is logged naming the
 * setting and replaced by its default, so a typo never stops the backend.
 */
export function readCatalogSettings(
  config: Config,
  logger: LoggerService,
): CatalogSettings {
  const read = (name: keyof CatalogSettings) => {
    const [min, max] = RANGES[name];
    return readWholeNumberSetting(
      config,
      `${CATALOG_SETTINGS_KEY}.${name}`,
      { min, max, fallback: DEFAULT_CATALOG_SETTINGS[name] },
      logger,
    );
  };
  return {
    maxConcurrentRequests: read('maxConcurrentRequests'),
    indexRefreshSeconds: read('indexRefreshSeconds'),
    indexMaxEntities: read('indexMaxEntities'),
    permissionReuseSeconds: read('permissionReuseSeconds'),
  };
}
