import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import {
  kubeconEu2022,
  meshTakeaway,
  meshTalk,
  otelTalk,
  paymentsService,
  platformTeam,
  programTalks,
} from '../__fixtures__/entities';
import { ConferenceTakeawaysCollatorFactory } from './ConferenceTakeawaysCollatorFactory';
import { ConferenceTakeawaysDocument } from './ConferenceTakeawaysDocument';

const fixtures = [
  kubeconEu2022,
  meshTalk,
  otelTalk,
  meshTakeaway,
  paymentsService,
  platformTeam,
];

async function collate(options: {
  entities?: Entity[];
  catalog?: ReturnType<typeof catalogServiceMock>;
  config?: object;
}) {
  const catalog =
    options.catalog ?? catalogServiceMock({ entities: options.entities });
  const factory = ConferenceTakeawaysCollatorFactory.fromConfig(
    mockServices.rootConfig({ data: options.config ?? {} }),
    { auth: mockServices.auth(), catalog },
  );
  const result = await TestPipeline.fromCollator(
    await factory.getCollator(),
  ).execute();
  return {
    ...result,
    documents: result.documents as ConferenceTakeawaysDocument[],
  };
}

function byLocation(documents: ConferenceTakeawaysDocument[], entity: Entity) {
  return documents.find(
    doc =>
      doc.location ===
      `/catalog/default/${entity.kind.toLowerCase()}/${entity.metadata.name}`,
  );
}

function batchSize(size: number | string) {
  return {
    search: { collators: { conferenceTakeaways: { batchSize: size } } },
  };
}

describe('ConferenceTakeawaysCollatorFactory', () => {
  it('has its own document type and follows catalog read permissions', () => {
    const factory = ConferenceTakeawaysCollatorFactory.fromConfig(
      mockServices.rootConfig(),
      { auth: mockServices.auth(), catalog: catalogServiceMock() },
    );
    expect(factory.type).toBe('conference-takeaways');
    expect(factory.visibilityPermission).toBe(catalogEntityReadPermission);
  });

  it('indexes conferences, talks and takeaways and skips other kinds', async () => {
    const { documents, error } = await collate({ entities: fixtures });

    expect(error).toBeUndefined();
    expect(documents.map(doc => doc.authorization.resourceRef).sort()).toEqual([
      'conference:default/kubecon-eu-2022',
      'takeaway:default/linkerd-is-the-mesh-people-enjoy-9f8e7d',
      'talk:default/service-mesh-without-the-pain-0a1b2c',
      'talk:default/tracing-everything-3d4e5f',
    ]);
  });

  it('maps a conference', async () => {
    const { documents } = await collate({ entities: fixtures });

    expect(byLocation(documents, kubeconEu2022)).toEqual({
      title: 'KubeCon + CloudNativeCon Europe 2022',
      text: [
        'The 2022 European edition.',
        'Series: KubeCon + CloudNativeCon',
        'Edition: Europe 2022',
        'Location: Valencia, Europe',
        'Dates: 2022-05-16 to 2022-05-20',
      ].join('\n'),
      location: '/catalog/default/conference/kubecon-eu-2022',
      authorization: { resourceRef: 'conference:default/kubecon-eu-2022' },
      kind: 'Conference',
      tools: [],
      speakers: [],
      conference: 'KubeCon + CloudNativeCon Europe 2022',
      year: 2022,
    });
  });

  it('maps a talk with its conference title and year', async () => {
    const { documents } = await collate({ entities: fixtures });

    expect(byLocation(documents, meshTalk)).toEqual({
      title: 'Service Mesh Without the Pain',
      text: [
        'Speakers: Ada Lovelace, Grace Hopper',
        'Format: keynote',
        'Tools: Linkerd (Linkerd2, linkerd2-proxy)',
        'Conference: KubeCon + CloudNativeCon Europe 2022',
      ].join('\n'),
      location: '/catalog/default/talk/service-mesh-without-the-pain-0a1b2c',
      authorization: {
        resourceRef: 'talk:default/service-mesh-without-the-pain-0a1b2c',
      },
      kind: 'Talk',
      tools: ['linkerd'],
      speakers: ['Ada Lovelace', 'Grace Hopper'],
      conference: 'KubeCon + CloudNativeCon Europe 2022',
      year: 2022,
    });
  });

  it('maps a takeaway with the titles and speakers of the talks it cites', async () => {
    const { documents } = await collate({ entities: fixtures });

    const takeaway = byLocation(documents, meshTakeaway);
    expect(takeaway).toMatchObject({
      title: 'Linkerd is the mesh people enjoy',
      location:
        '/catalog/default/takeaway/linkerd-is-the-mesh-people-enjoy-9f8e7d',
      kind: 'Takeaway',
      tools: ['linkerd', 'opentelemetry'],
      speakers: ['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds'],
      conference: 'KubeCon + CloudNativeCon Europe 2022',
      year: 2022,
    });
    const lines = takeaway!.text.split('\n');
    expect(lines[0]).toBe(
      'Teams running the mesh in production were happy with it.',
    );
    expect(lines).toContain(
      'Talks: "Service Mesh Without the Pain" by Ada Lovelace, Grace Hopper; "Tracing Everything" by Linus Torvalds',
    );
    expect(lines).toContain('Conference: KubeCon + CloudNativeCon Europe 2022');
    expect(lines).toContain('Report: What we brought back by Jane Doe');
  });

  it('makes documents findable by tool spelling and speaker name', async () => {
    const { documents } = await collate({ entities: fixtures });
    const matching = (word: string) =>
      documents
        .filter(doc => doc.text.toLowerCase().includes(word.toLowerCase()))
        .map(doc => doc.kind)
        .sort();

    expect(matching('linkerd')).toEqual(['Takeaway', 'Talk']);
    expect(matching('OTel')).toEqual(['Takeaway', 'Talk']);
    expect(matching('Grace Hopper')).toEqual(['Takeaway', 'Talk']);
  });

  it('pages through the catalog with the configured batch size', async () => {
    const entities = [...fixtures, ...programTalks(5)];
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');

    const { documents, error } = await collate({
      catalog,
      config: batchSize(2),
    });

    expect(error).toBeUndefined();
    // 4 fixture entities of our kinds and 5 program talks, 2 per page
    expect(documents).toHaveLength(9);
    expect(new Set(documents.map(doc => doc.location)).size).toBe(9);
    expect(queryEntities).toHaveBeenCalledTimes(5);
    for (const [request] of queryEntities.mock.calls) {
      expect(request).toMatchObject({ limit: 2 });
    }
    // Conferences and cited talks on other pages are still resolved.
    expect(byLocation(documents, meshTakeaway)?.speakers).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Linus Torvalds',
    ]);
    expect(
      documents.filter(doc => doc.kind === 'Talk').map(doc => doc.conference),
    ).toEqual(Array(7).fill('KubeCon + CloudNativeCon Europe 2022'));
  });

  it('asks for 500 entities of our kinds per page by default, with its own credentials', async () => {
    const auth = mockServices.auth();
    const catalog = catalogServiceMock({ entities: programTalks(501) });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const factory = ConferenceTakeawaysCollatorFactory.fromConfig(
      mockServices.rootConfig(),
      { auth, catalog },
    );

    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    expect(documents).toHaveLength(501);
    expect(queryEntities).toHaveBeenCalledTimes(2);
    expect(queryEntities.mock.calls[0]).toEqual([
      {
        filter: { kind: ['Conference', 'Talk', 'Takeaway'] },
        limit: 500,
        totalItems: 'exclude',
      },
      { credentials: await auth.getOwnServiceCredentials() },
    ]);
  });

  it('still indexes entities whose references or optional fields are missing', async () => {
    const sparseTakeaway: Entity = {
      apiVersion: 'conference-takeaways.dev/v1alpha1',
      kind: 'Takeaway',
      metadata: { name: 'sparse', namespace: 'default' },
      spec: {
        conference: 'conference:default/kubecon-xx-1999',
        talks: ['talk:default/missing-talk', 42],
        tools: ['in-house-tool', null],
      },
    };

    const { documents, error } = await collate({
      entities: [sparseTakeaway, meshTalk, kubeconEu2022],
    });

    expect(error).toBeUndefined();
    expect(documents).toHaveLength(3);
    expect(byLocation(documents, sparseTakeaway)).toEqual({
      title: 'sparse',
      text: 'Tools: in-house-tool\nConference: kubecon-xx-1999',
      location: '/catalog/default/takeaway/sparse',
      authorization: { resourceRef: 'takeaway:default/sparse' },
      kind: 'Takeaway',
      tools: ['in-house-tool'],
      speakers: [],
      conference: 'kubecon-xx-1999',
    });
  });

  it('resolves relative refs in the entity namespace', async () => {
    const conference = {
      ...kubeconEu2022,
      metadata: { ...kubeconEu2022.metadata, namespace: 'events' },
    };
    const talk: Entity = {
      ...otelTalk,
      metadata: { ...otelTalk.metadata, namespace: 'events' },
      spec: { ...otelTalk.spec, conference: 'kubecon-eu-2022' },
    };

    const { documents } = await collate({ entities: [conference, talk] });

    const talkDocument = documents.find(doc => doc.kind === 'Talk');
    expect(talkDocument).toMatchObject({
      location: '/catalog/events/talk/tracing-everything-3d4e5f',
      authorization: { resourceRef: 'talk:events/tracing-everything-3d4e5f' },
      conference: 'KubeCon + CloudNativeCon Europe 2022',
    });
  });

  it('reports which page failed when the catalog cannot be read', async () => {
    const catalog = catalogServiceMock({ entities: fixtures });
    jest
      .spyOn(catalog, 'queryEntities')
      .mockRejectedValue(new Error('catalog unavailable'));

    const { error } = await collate({ catalog });

    expect(error).toEqual(
      expect.objectContaining({
        message: expect.stringMatching(/page 1 .*catalog unavailable/),
      }),
    );
  });

  it('rejects an invalid batch size, naming the setting', () => {
    for (const size of [0, 2.5, 'many']) {
      expect(() =>
        ConferenceTakeawaysCollatorFactory.fromConfig(
          mockServices.rootConfig({ data: batchSize(size) }),
          { auth: mockServices.auth(), catalog: catalogServiceMock() },
        ),
      ).toThrow(/search\.collators\.conferenceTakeaways\.batchSize/);
    }
  });
});
