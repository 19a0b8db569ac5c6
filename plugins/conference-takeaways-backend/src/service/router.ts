import { HttpAuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ToolLookup } from '@internal/backstage-plugin-conference-takeaways-common';
import express from 'express';
import Router from 'express-promise-router';
import { findRelevantItems } from './findRelevantItems';
import { parseRelevanceQuery } from './parseRelevanceQuery';

/** What the router needs; see plugin.ts for where each comes from. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  dictionary: ToolLookup;
  /** Clock for age decay; injectable so tests are stable. */
  now?: () => Date;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, catalog, dictionary } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/relevant', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { entityRef, limit } = parseRelevanceQuery(req.query);
    res.json(
      await findRelevantItems({
        catalog,
        dictionary,
        credentials,
        entityRef,
        limit,
        now: now(),
      }),
    );
  });

  return router;
}
