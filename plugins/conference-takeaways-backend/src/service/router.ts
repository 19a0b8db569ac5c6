import {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ToolLookup } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import Router from 'express-promise-router';
import { CatalogIndex } from './catalogIndex/CatalogIndex';
import {
  CatalogSettings,
  DEFAULT_CATALOG_SETTINGS,
} from './catalog/catalogSettings';
import { CatalogReadDecisions } from './catalogIndex/CatalogReadDecision';
import { ExploreService } from './explore/ExploreService';
import { parseExploreQuery } from './explore/parseExploreQuery';
import { findRelevantFromIndex } from './relevantFromIndex';
import { parseRelevanceQuery } from './parseRelevanceQuery';
import { parseToolPageQuery } from './radar/parseToolPageQuery';
import { parseToolParam } from './radar/parseToolParam';
import { RadarService } from './radar/RadarService';
import { RadarLoader } from './radar/RadarSource';
import { DEFAULT_RESPONSE_LIMITS, ResponseLimits } from './responseLimits';
import { parseSummarySlugs, toolSummaries } from './toolSummaries';

/** What the router needs; see plugin.ts for where each comes from. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  /** For the index's own catalog reads (the plugin's service credentials). */
  auth: AuthService;
  catalog: CatalogService;
  /**
   * What the endpoints rank and list from; the plugin refreshes it on a
   * schedule. Without one, the router keeps its own, read once on first
   * use and never refreshed (for tests).
   */
  index?: CatalogIndex;
  /**
   * Decides whether a caller may read every catalog entity, so explorer
   * counts can come from the index; without it, the explorer lists what
   * the caller may see by reading it on their behalf.
   */
  permissions?: PermissionsService;
  /** `conferenceTakeaways.catalog` in config. */
  catalogSettings?: CatalogSettings;
  dictionary: ToolLookup;
  /** The organisation's tech radar file. */
  radar: RadarLoader;
  logger: LoggerService;
  /** Bounds on response sizes; `conferenceTakeaways.responses` in config. */
  limits?: ResponseLimits;
  /** Clock for age decay; injectable so tests are stable. */
  now?: () => Date;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, catalog, dictionary } = options;
  const settings = options.catalogSettings ?? DEFAULT_CATALOG_SETTINGS;
  const decisions = new CatalogReadDecisions({
    permissions: options.permissions,
    maxConcurrent: settings.maxConcurrentRequests,
    reuseMs: settings.permissionReuseSeconds * 1000,
  });
  const index =
    options.index ??
    new CatalogIndex({
      catalog,
      auth: options.auth,
      logger: options.logger,
      maxEntities: settings.indexMaxEntities,
    });
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? DEFAULT_RESPONSE_LIMITS;
  const radar = new RadarService({
    source: options.radar,
    catalog,
    dictionary,
    logger: options.logger,
    maxListed: limits.maxListed,
    index,
    decisions,
  });
  const explore = new ExploreService({
    index,
    catalog,
    dictionary,
    radar: options.radar,
    decisions,
  });
  const router = Router();
  const callerCredentials = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/relevant', async (req, res) => {
    const credentials = await callerCredentials(req);
    const { entityRef, limit } = parseRelevanceQuery(req.query);
    res.json(
      await findRelevantFromIndex({
        index,
        decisions,
        catalog,
        dictionary,
        credentials,
        entityRef,
        limit,
        now: now(),
      }),
    );
  });

  router.get('/explore', async (req, res) => {
    const credentials = await callerCredentials(req);
    res.json(await explore.explore(parseExploreQuery(req.query), credentials));
  });

  router.get('/explore/tools', async (req, res) => {
    res.json(await explore.tools(await callerCredentials(req)));
  });

  router.get('/radar', async (req, res) => {
    res.json(await radar.radar(await callerCredentials(req)));
  });

  router.get('/radar/history', async (req, res) => {
    await callerCredentials(req);
    res.json(await radar.history());
  });

  // Names and flags of the tools a page shows, so browsers never need the
  // whole dictionary.
  router.get('/tools', async (req, res) => {
    await callerCredentials(req);
    res.json(toolSummaries(dictionary, parseSummarySlugs(req.query)));
  });

  router.get('/tools/:tool', async (req, res) => {
    const credentials = await callerCredentials(req);
    const tool = parseToolParam(req.params.tool);
    const page = parseToolPageQuery(req.query, limits);
    res.json(await radar.tool(tool, page, credentials));
  });

  return router;
}
