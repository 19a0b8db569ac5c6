import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  evidenceRef,
  OrgRadar,
  RadarCitationsResponse,
  radarEntryToolSlug,
  RadarProposal,
  RadarProposalsResponse,
  ToolLookup,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import express from 'express';
import Router from 'express-promise-router';
import { singleQueryParam } from '../service/queryParams';
import { RadarLoader } from '../service/radar/RadarSource';
import { requireLoadedRadar } from '../service/radar/requireLoadedRadar';
import {
  requireCitePermission,
  requireEntry,
  requireReadableItems,
  requireRing,
} from './citationChecks';
import { CitationStore } from './CitationStore';
import { exportRadarYaml } from './exportRadarYaml';
import { moveCites } from './mergeCitations';
import {
  parseCitationRequest,
  parseProposalRequest,
} from './parseCitationRequests';
import { ProposalStore, StoredProposal } from './ProposalStore';

/** Most citations or proposals one list response carries. */
export const MAX_LISTED = 500;

export interface CitationsRouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Read with the caller's credentials: nobody cites what they cannot see. */
  catalog: CatalogService;
  /** The radar with the portal citations merged in. */
  radar: RadarLoader;
  citations: CitationStore;
  proposals: ProposalStore;
  dictionary: ToolLookup;
  now?: () => Date;
}

/**
 * Citing takeaways and talks as evidence for radar moves, proposing radar
 * moves, and exporting the radar file with the citations written in. Every
 * write needs the `conference-takeaways.radar.cite` permission and is made
 * in the name of the signed-in user.
 */
export function createCitationsRouter(
  options: CitationsRouterOptions,
): express.Router {
  const { httpAuth, permissions, catalog, citations, proposals } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();
  const reader = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  // Writes are made by people: the stored "who" is their user entity ref.
  const citer = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await requireCitePermission(permissions, credentials);
    return credentials;
  };
  const radar = async () => (await requireLoadedRadar(options.radar)).radar;

  router.use(
    ['/radar/citations', '/radar/proposals'],
    express.json({ limit: '64kb' }),
  );

  router.get('/radar/citations', async (req, res) => {
    await reader(req);
    const entityRef = singleQueryParam(req.query, 'entityRef');
    const response: RadarCitationsResponse = {
      citations: await citations.list({
        entryId: singleQueryParam(req.query, 'entry'),
        entityRef: entityRef === undefined ? undefined : queryRef(entityRef),
        limit: MAX_LISTED,
      }),
    };
    res.json(response);
  });

  router.post('/radar/citations', async (req, res) => {
    const credentials = await citer(req);
    const request = parseCitationRequest(req.body);
    const entry = requireEntry(await radar(), request.entryId);
    const moveDate = request.moveDate ?? entry.timeline[0].date;
    const move = entry.timeline.find(snapshot => snapshot.date === moveDate);
    if (!move) {
      throw new NotFoundError(
        `Radar entry "${
          entry.id
        }" has no move of ${moveDate}; its moves are of ${entry.timeline
          .map(snapshot => snapshot.date)
          .join(', ')}`,
      );
    }
    await requireReadableItems(catalog, [request.entityRef], credentials);
    if (moveCites(move, request.entityRef)) {
      throw new ConflictError(
        `The move of ${moveDate} of radar entry "${entry.id}" already cites ${request.entityRef}`,
      );
    }
    const citation = await citations.add({
      entryId: entry.id,
      moveDate,
      entityRef: request.entityRef,
      citedBy: credentials.principal.userEntityRef,
      citedAt: now().toISOString(),
    });
    res.status(201).json(citation);
  });

  router.delete('/radar/citations/:id', async (req, res) => {
    await citer(req);
    if (!(await citations.remove(req.params.id))) {
      throw new NotFoundError(`There is no radar citation ${req.params.id}`);
    }
    res.status(204).end();
  });

  router.get('/radar/export', async (req, res) => {
    await reader(req);
    const loaded = await requireLoadedRadar(options.radar);
    res
      .status(200)
      .type('text/yaml; charset=utf-8')
      .attachment('tech-radar.yaml')
      .send(exportRadarYaml(loaded.text, loaded.radar));
  });

  router.get('/radar/proposals', async (req, res) => {
    await reader(req);
    const entry = singleQueryParam(req.query, 'entry');
    const tool = singleQueryParam(req.query, 'tool');
    const state = await options.radar.load();
    const current = state.status === 'ok' ? state.radar : undefined;
    const toolOf = (entryId: string) =>
      proposalTool(current, entryId, options.dictionary);
    let entryIds = entry === undefined ? undefined : [entry];
    if (tool !== undefined) {
      entryIds = (current?.entries ?? [])
        .map(candidate => candidate.id)
        .filter(
          id => toolOf(id) === tool && (entry === undefined || id === entry),
        );
    }
    const response: RadarProposalsResponse = {
      proposals: (await proposals.list({ entryIds, limit: MAX_LISTED })).map(
        stored => withTool(stored, toolOf(stored.entryId)),
      ),
    };
    res.json(response);
  });

  router.post('/radar/proposals', async (req, res) => {
    const credentials = await citer(req);
    const request = parseProposalRequest(req.body);
    const current = await radar();
    const entry = requireEntry(current, request.entryId);
    requireRing(current, request.ringId);
    if (entry.timeline[0].ringId === request.ringId) {
      throw new InputError(
        `Radar entry "${entry.id}" is already in ring "${request.ringId}": propose a different ring`,
      );
    }
    await requireReadableItems(catalog, request.evidence, credentials);
    const stored = await proposals.add({
      entryId: entry.id,
      ringId: request.ringId,
      rationale: request.rationale,
      evidence: request.evidence,
      proposedBy: credentials.principal.userEntityRef,
      proposedAt: now().toISOString(),
    });
    res
      .status(201)
      .json(
        withTool(stored, proposalTool(current, entry.id, options.dictionary)),
      );
  });

  router.delete('/radar/proposals/:id', async (req, res) => {
    await citer(req);
    if (!(await proposals.remove(req.params.id))) {
      throw new NotFoundError(`There is no radar proposal ${req.params.id}`);
    }
    res.status(204).end();
  });

  return router;
}

/** A ref given as a filter, made canonical; a 400 when it is no item ref. */
function queryRef(value: string): string {
  const ref = evidenceRef(value);
  if (!ref) {
    throw new InputError(
      `Invalid entityRef "${value}": expected takeaway:<namespace>/<name> or talk:<namespace>/<name>`,
    );
  }
  return ref;
}

/** The tool page a proposal belongs to; the entry id when the entry is gone. */
function proposalTool(
  radar: OrgRadar | undefined,
  entryId: string,
  dictionary: ToolLookup,
): string {
  const entry = radar?.entries.find(candidate => candidate.id === entryId);
  return entry ? radarEntryToolSlug(entry, dictionary) : entryId;
}

function withTool(stored: StoredProposal, tool: string): RadarProposal {
  return { ...stored, tool };
}
