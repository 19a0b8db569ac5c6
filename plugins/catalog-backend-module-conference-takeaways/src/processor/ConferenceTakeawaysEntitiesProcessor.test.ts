import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { JsonObject } from '@backstage/types';
import { ConferenceTakeawaysEntitiesProcessor } from './ConferenceTakeawaysEntitiesProcessor';
import { ToolEntityIndex } from './ToolEntityIndex';

// A script URL is exactly what these tests must see rejected.
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';

const API_VERSION = 'conference-takeaways.dev/v1alpha1';

const conference: Entity = {
  apiVersion: API_VERSION,
  kind: 'Conference',
  metadata: { name: 'kubecon-eu-2022' },
  spec: { series: 'KubeCon + CloudNativeCon', region: 'Europe', year: 2022 },
};

const talk: Entity = {
  apiVersion: API_VERSION,
  kind: 'Talk',
  metadata: { name: 'linkerd-in-production-a1b2c3' },
  spec: {
    title: 'Linkerd in Production',
    speakers: ['Speaker One'],
    conference: 'conference:default/kubecon-eu-2022',
    recordingUrl: 'https://www.youtube.com/watch?v=abc',
    tools: ['linkerd'],
  },
};

const takeaway: Entity = {
  apiVersion: API_VERSION,
  kind: 'Takeaway',
  metadata: { name: 'linkerd-is-enjoyable-d4e5f6', namespace: 'default' },
  spec: {
    headline: 'Linkerd is the service mesh people actually enjoy running',
    summary: 'Small and boring, in a good way.',
    report: { title: 'KubeCon EU 2022 trip report', date: '2022-06-01' },
    conference: 'conference:default/kubecon-eu-2022',
    talks: ['talk:default/linkerd-in-production-a1b2c3'],
    tools: ['linkerd', 'istio'],
    subjectTools: ['linkerd'],
  },
};

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

const location = { type: 'url', target: 'https://example.com/reports' };

const withSpec = (entity: Entity, spec: JsonObject): Entity => ({
  ...entity,
  spec: { ...entity.spec, ...spec },
});

async function relationsOf(
  processor: ConferenceTakeawaysEntitiesProcessor,
  entity: Entity,
) {
  const emitted: CatalogProcessorResult[] = [];
  const result = await processor.postProcessEntity(entity, location, r => {
    emitted.push(r);
  });
  expect(result).toBe(entity);
  return emitted.map(r => {
    if (r.type !== 'relation') {
      throw new Error(`unexpected ${r.type} result`);
    }
    const { source, type, target } = r.relation;
    // The catalog compares refs case-insensitively, as stringifyEntityRef does.
    return `${stringifyEntityRef(source)} ${type} ${stringifyEntityRef(
      target,
    )}`;
  });
}

describe('ConferenceTakeawaysEntitiesProcessor', () => {
  const processor = new ConferenceTakeawaysEntitiesProcessor();

  describe('validateEntityKind', () => {
    it.each([conference, talk, takeaway])('accepts a valid $kind', async e => {
      await expect(processor.validateEntityKind(e)).resolves.toBe(true);
    });

    it('leaves other kinds to other processors', async () => {
      await expect(processor.validateEntityKind(component)).resolves.toBe(
        false,
      );
    });

    it('leaves our kind names under another apiVersion alone', async () => {
      await expect(
        processor.validateEntityKind({
          ...talk,
          apiVersion: 'example.com/v1',
        }),
      ).resolves.toBe(false);
    });

    // A report may not tell its conference (see docs/decisions.md, "Real
    // reports"): its talks and takeaways are ingested all the same.
    it.each([talk, takeaway])(
      'accepts a $kind without a conference',
      async e => {
        await expect(
          processor.validateEntityKind(withSpec(e, { conference: undefined })),
        ).resolves.toBe(true);
      },
    );

    it.each([
      [conference, { year: 'twenty-two' }, '/spec/year'],
      [conference, { series: undefined }, 'series'],
      [talk, { recordingUrl: SCRIPT_URL }, '/spec/recordingUrl'],
      [talk, { speakers: undefined }, 'speakers'],
      [
        takeaway,
        { report: { title: 'x', url: 'file:///etc' } },
        '/spec/report/url',
      ],
      [takeaway, { subjectTools: ['Not A Slug'] }, '/spec/subjectTools/0'],
      [takeaway, { headline: undefined }, 'headline'],
    ])('rejects an invalid %#: %j naming %s', async (entity, spec, field) => {
      await expect(
        processor.validateEntityKind(withSpec(entity, spec)),
      ).rejects.toThrow(field);
    });
  });

  describe('postProcessEntity', () => {
    it('links a talk and its conference both ways', async () => {
      await expect(relationsOf(processor, talk)).resolves.toEqual([
        'talk:default/linkerd-in-production-a1b2c3 presentedAt conference:default/kubecon-eu-2022',
        'conference:default/kubecon-eu-2022 hasTalk talk:default/linkerd-in-production-a1b2c3',
      ]);
    });

    it('links a takeaway to its conference and cited talks both ways', async () => {
      await expect(relationsOf(processor, takeaway)).resolves.toEqual([
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 takeawayFrom conference:default/kubecon-eu-2022',
        'conference:default/kubecon-eu-2022 hasTakeaway takeaway:default/linkerd-is-enjoyable-d4e5f6',
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 citesTalk talk:default/linkerd-in-production-a1b2c3',
        'talk:default/linkerd-in-production-a1b2c3 citedBy takeaway:default/linkerd-is-enjoyable-d4e5f6',
      ]);
    });

    it('links a takeaway without a conference to its talks only, and validates it', async () => {
      const { conference: _omitted, ...spec } = takeaway.spec!;
      const unknownConference: Entity = { ...takeaway, spec };

      await expect(
        processor.validateEntityKind(unknownConference),
      ).resolves.toBe(true);
      await expect(relationsOf(processor, unknownConference)).resolves.toEqual([
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 citesTalk talk:default/linkerd-in-production-a1b2c3',
        'talk:default/linkerd-in-production-a1b2c3 citedBy takeaway:default/linkerd-is-enjoyable-d4e5f6',
      ]);
    });

    it('resolves short refs with the default kind and the entity namespace', async () => {
      const entity: Entity = {
        ...takeaway,
        metadata: { name: 't', namespace: 'events' },
        spec: {
          ...takeaway.spec,
          conference: 'kubecon-na-2019',
          talks: ['some-talk', 'talk:other/elsewhere'],
        },
      };
      await expect(relationsOf(processor, entity)).resolves.toEqual([
        'takeaway:events/t takeawayFrom conference:events/kubecon-na-2019',
        'conference:events/kubecon-na-2019 hasTakeaway takeaway:events/t',
        'takeaway:events/t citesTalk talk:events/some-talk',
        'talk:events/some-talk citedBy takeaway:events/t',
        'takeaway:events/t citesTalk talk:other/elsewhere',
        'talk:other/elsewhere citedBy takeaway:events/t',
      ]);
    });

    it('links owners both ways, defaulting to groups', async () => {
      const owned = withSpec(conference, { owner: 'platform-team' });
      await expect(relationsOf(processor, owned)).resolves.toEqual([
        'conference:default/kubecon-eu-2022 ownedBy group:default/platform-team',
        'group:default/platform-team ownerOf conference:default/kubecon-eu-2022',
      ]);
    });

    it('emits nothing for a conference without owner', async () => {
      await expect(relationsOf(processor, conference)).resolves.toEqual([]);
    });

    it('emits nothing for other kinds', async () => {
      await expect(relationsOf(processor, component)).resolves.toEqual([]);
    });
  });

  describe('tool relations', () => {
    const toolEntities: ToolEntityIndex = {
      findToolEntities: jest.fn(async (slug: string) =>
        slug === 'linkerd'
          ? [
              { kind: 'Component', namespace: 'default', name: 'linkerd' },
              { kind: 'Resource', namespace: 'infra', name: 'mesh' },
            ]
          : [],
      ),
    };
    const withTools = new ConferenceTakeawaysEntitiesProcessor({
      toolEntities,
    });

    it('links a takeaway to the entities of its subject tools only', async () => {
      const relations = await relationsOf(
        withTools,
        withSpec(takeaway, { talks: [], tools: ['linkerd', 'istio'] }),
      );
      expect(relations).toEqual([
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 takeawayFrom conference:default/kubecon-eu-2022',
        'conference:default/kubecon-eu-2022 hasTakeaway takeaway:default/linkerd-is-enjoyable-d4e5f6',
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 discusses component:default/linkerd',
        'component:default/linkerd discussedIn takeaway:default/linkerd-is-enjoyable-d4e5f6',
        'takeaway:default/linkerd-is-enjoyable-d4e5f6 discusses resource:infra/mesh',
        'resource:infra/mesh discussedIn takeaway:default/linkerd-is-enjoyable-d4e5f6',
      ]);
    });

    it('does not link mentioned tools that are not subjects', async () => {
      const relations = await relationsOf(
        withTools,
        withSpec(takeaway, {
          subjectTools: ['istio'],
          tools: ['istio', 'linkerd'],
        }),
      );
      expect(relations.filter(r => r.includes('discuss'))).toEqual([]);
    });

    it('links a talk to the entities of its tools', async () => {
      const relations = await relationsOf(withTools, talk);
      expect(relations.slice(2)).toEqual([
        'talk:default/linkerd-in-production-a1b2c3 discusses component:default/linkerd',
        'component:default/linkerd discussedIn talk:default/linkerd-in-production-a1b2c3',
        'talk:default/linkerd-in-production-a1b2c3 discusses resource:infra/mesh',
        'resource:infra/mesh discussedIn talk:default/linkerd-in-production-a1b2c3',
      ]);
    });
  });
});
