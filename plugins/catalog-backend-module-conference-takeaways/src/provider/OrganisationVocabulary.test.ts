import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  extractEntities,
  toolDictionaryFromConfig,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationVocabulary } from './OrganisationVocabulary';

const toolEntity = (slug: string, title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: slug,
    ...(title && { title }),
    annotations: { 'conference-takeaways.dev/tool': slug },
  },
});

const usingTools = (name: string, tools: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: { 'conference-takeaways.dev/tools': tools },
  },
});

const REPORT = `---
title: "KubeCon Europe 2022 notes"
conference: kubecon-eu-2022
---
## Acme Mesh beats the rest
We ran Acme Mesh next to QuokkaQ and Zebra Proxy for a month.
`;

/** The tools the report's takeaway lists with this dictionary. */
function toolsFound(dictionary: ToolDictionary): string[] {
  const { entities } = extractEntities(
    [{ path: 'r.md', content: Buffer.from(REPORT) }],
    {
      dictionary,
    },
  );
  const takeaway = entities.find(e => e.kind === 'Takeaway');
  return ((takeaway?.spec?.tools as string[]) ?? []).slice().sort();
}

// the dictionary the provider starts from: landscape and curated tools
const base = toolDictionaryFromConfig(new ConfigReader({}), {
  error: message => {
    throw new Error(message);
  },
});
const auth = mockServices.auth();

describe('OrganisationVocabulary', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ct-org-vocabulary-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('adds tool entities, the tools annotation and radar titles to what extraction finds', async () => {
    const radar = join(dir, 'radar.yaml');
    await writeFile(
      radar,
      `quadrants: [{ id: infra, name: Infrastructure }]
rings: [{ id: trial, name: TRIAL, color: '#009EB0' }]
entries:
  - { id: zebra-proxy, title: Zebra Proxy, quadrant: infra, timeline: [{ date: 2022-01-01, ringId: trial }] }
`,
    );
    const vocabulary = OrganisationVocabulary.fromConfig(
      new ConfigReader({ conferenceTakeaways: { radar: { location: radar } } }),
      {
        logger: mockServices.logger.mock(),
        urlReader: mockServices.urlReader.mock(),
        auth,
        catalog: catalogServiceMock({
          entities: [
            toolEntity('acme-mesh', 'Acme Mesh'),
            usingTools('payments', 'linkerd, QuokkaQ'),
          ],
        }),
      },
    );

    expect(toolsFound(base)).toEqual([]);
    const { dictionary, complete } = await vocabulary.extend(base);
    expect(complete).toBe(true);
    expect(toolsFound(dictionary)).toEqual([
      'acme-mesh',
      'quokkaq',
      'zebra-proxy',
    ]);
  });

  it('changes its fingerprint only when the definitions it adds change', async () => {
    const fingerprintWith = async (entities: Entity[]) => {
      const vocabulary = OrganisationVocabulary.fromConfig(
        new ConfigReader({}),
        {
          logger: mockServices.logger.mock(),
          urlReader: mockServices.urlReader.mock(),
          auth,
          catalog: catalogServiceMock({ entities }),
        },
      );
      return (await vocabulary.extend(base)).fingerprint;
    };
    const acme = toolEntity('acme-mesh', 'Acme Mesh');
    const first = await fingerprintWith([acme]);
    // A component naming only known tools adds no definition.
    expect(await fingerprintWith([acme, usingTools('web', 'linkerd')])).toBe(
      first,
    );
    expect(await fingerprintWith([acme, toolEntity('quokkaq')])).not.toBe(
      first,
    );
  });

  it('uses the configured dictionary, and says so, when the catalog cannot be read', async () => {
    const logger = mockServices.logger.mock();
    const catalog = catalogServiceMock.mock({
      streamEntities: () => {
        throw new Error('catalog is down');
      },
    });
    const vocabulary = OrganisationVocabulary.fromConfig(new ConfigReader({}), {
      logger,
      urlReader: mockServices.urlReader.mock(),
      auth,
      catalog,
    });
    const { dictionary, complete } = await vocabulary.extend(base);
    expect(complete).toBe(false);
    expect(dictionary.list()).toEqual(base.list());
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('catalog is down'),
    );
  });

  it('stops reading at the term limit and logs the setting', async () => {
    const logger = mockServices.logger.mock();
    const entities = Array.from({ length: 30 }, (_, i) =>
      toolEntity(`inhouse-tool-${i}`),
    );
    const vocabulary = OrganisationVocabulary.fromConfig(
      new ConfigReader({
        conferenceTakeaways: { reports: { maxOrganisationTerms: 10 } },
      }),
      {
        logger,
        urlReader: mockServices.urlReader.mock(),
        auth,
        catalog: catalogServiceMock({ entities }),
      },
    );
    const { dictionary } = await vocabulary.extend(base);
    const added = dictionary
      .list()
      .filter(tool => tool.slug.startsWith('inhouse-tool-'));
    expect(added).toHaveLength(10);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'conferenceTakeaways.reports.maxOrganisationTerms',
      ),
    );
  });
});
