import { mockServices } from '@backstage/backend-test-utils';
import {
  parseOrgRadar,
  RadarCitation,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import knexFactory, { Knex } from 'knex';
import { parse as parseYaml } from 'yaml';
import { RadarState } from '../service/radar/RadarSource';
import { CitationStore } from './CitationStore';
import { CitedRadarSource } from './CitedRadarSource';
import { connectDatabase } from './connectDatabase';

const TEXT = `
quadrants: [{ id: infra, name: Infrastructure }]
rings: [{ id: adopt, name: ADOPT, color: green }, { id: hold, name: HOLD, color: red }]
entries:
  - id: linkerd
    title: Linkerd
    quadrant: infra
    timeline:
      - date: '2022-06-01'
        ringId: adopt
        evidence: [takeaway:default/in-the-file]
`;

const fileState: RadarState = {
  status: 'ok',
  radar: parseOrgRadar(parseYaml(TEXT)),
  text: TEXT,
  version: 1,
};

const citation = (
  entryId: string,
  moveDate: string,
  entityRef: string,
): Omit<RadarCitation, 'id'> => ({
  entryId,
  moveDate,
  entityRef,
  citedBy: 'user:default/guest',
  citedAt: '2026-11-30T10:00:00.000Z',
});

describe('CitedRadarSource', () => {
  let db: Knex;
  let store: CitationStore;
  const logger = mockServices.logger.mock();

  beforeEach(async () => {
    db = knexFactory({
      client: 'better-sqlite3',
      connection: ':memory:',
      useNullAsDefault: true,
    });
    await connectDatabase({ getClient: async () => db });
    store = new CitationStore(db);
    logger.warn.mockClear();
  });

  afterEach(() => db.destroy());

  const source = () =>
    new CitedRadarSource({
      file: { load: async () => fileState },
      citations: store,
      logger,
    });
  const evidence = (state: RadarState) =>
    state.status === 'ok' ? state.radar.entries[0].timeline[0].evidence : [];

  it('gives a new version when the citations change, and the same one when not', async () => {
    const radar = source();
    const first = await radar.load();
    const same = await radar.load();
    const added = await store.add(
      citation('linkerd', '2022-06-01', 'talk:default/from-the-portal'),
    );
    const cited = await radar.load();
    await store.remove(added.id);
    const removed = await radar.load();

    expect([first, same, cited, removed].map(s => (s as any).version)).toEqual([
      1, 1, 2, 3,
    ]);
    expect(evidence(cited)).toEqual([
      'takeaway:default/in-the-file',
      'talk:default/from-the-portal',
    ]);
    expect(evidence(removed)).toEqual(['takeaway:default/in-the-file']);
    // The file's own radar is never changed.
    expect(evidence(fileState)).toEqual(['takeaway:default/in-the-file']);
  });

  it('ignores citations of entries or moves the file no longer has, logging each once', async () => {
    await store.add(citation('istio', '2020-01-01', 'talk:default/gone-entry'));
    await store.add(
      citation('linkerd', '2019-01-01', 'talk:default/gone-move'),
    );
    const radar = source();

    const state = await radar.load();
    await radar.load();

    expect(evidence(state)).toEqual(['takeaway:default/in-the-file']);
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn.mock.calls.map(call => call[0])).toEqual([
      expect.stringMatching(
        /talk:default\/gone-move names move 2019-01-01 of radar entry "linkerd", which the radar file no longer has; it is ignored$/,
      ),
      expect.stringMatching(
        /talk:default\/gone-entry names move 2020-01-01 of radar entry "istio"/,
      ),
    ]);
  });

  it('serves the radar file alone when the database cannot be read', async () => {
    await db.destroy();
    const radar = source();

    const state = await radar.load();
    await radar.load();

    expect(evidence(state)).toEqual(['takeaway:default/in-the-file']);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /^Could not read the radar citations from the database, serving the radar file alone/,
    );
  });
});
