import {
  HttpAuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  conferenceDictionaryFromConfig,
  extractEntitiesIsolated,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import express from 'express';
import Router from 'express-promise-router';
import { describeExtraction } from './describeExtraction';
import { readPreviewMaxBytes } from './previewConfig';
import { readPreviewSource } from './readPreviewSource';

export interface PreviewRouterOptions {
  config: Config;
  httpAuth: HttpAuthService;
  urlReader: UrlReaderService;
  logger: LoggerService;
  dictionary: ToolDictionary;
}

/**
 * `POST /preview`: what the portal would extract from one report, by the
 * extractor ingestion uses, in its worker thread (never on the event loop).
 * Only signed-in users may ask: a preview costs parsing time.
 */
export function createPreviewRouter(
  options: PreviewRouterOptions,
): express.Router {
  const { httpAuth, urlReader, dictionary } = options;
  const maxBytes = readPreviewMaxBytes(options.config, options.logger);
  const conferences = conferenceDictionaryFromConfig(
    options.config,
    options.logger,
  );
  const router = Router();
  // JSON escapes can double a text's size on the wire; the text itself is
  // measured against maxBytes after parsing.
  router.use('/preview', express.json({ limit: maxBytes * 2 + 64 * 1024 }));

  router.post('/preview', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    const source = await readPreviewSource(req.body, { urlReader, maxBytes });
    const { entities, problems } = await extractEntitiesIsolated(
      [{ path: source.fileName, content: source.content }],
      { dictionary, conferences, maxFileBytes: maxBytes },
    );
    res.json(
      describeExtraction({
        fileName: source.fileName,
        text: source.content.toString('utf8'),
        entities,
        problems,
        dictionary,
      }),
    );
  });

  return router;
}
