import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  CatalogTable,
  DefaultStarredEntitiesApi,
} from '@backstage/plugin-catalog';
import {
  EntityKindFilter,
  entityRouteRef,
  EntityUserFilter,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  MockEntityListContextProvider,
} from '@backstage/plugin-catalog-react/testUtils';
import {
  RELATION_HAS_TAKEAWAY,
  RELATION_HAS_TALK,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { screen, waitFor, within } from '@testing-library/react';
import { ConferenceTakeawaysApi, conferenceTakeawaysApiRef } from '../api';
import { toolLinkRouteRef } from '../routes';
import {
  conference,
  conferences,
  takeaway,
  takeaways,
  talks,
} from '../__testUtils__/fixtures';
import {
  conferenceTakeawaysCatalogColumns,
  createConferenceTakeawaysCatalogColumnsFunc,
} from './columns';

const TOOL_NAMES: Record<string, string> = {
  linkerd: 'Linkerd',
  istio: 'Istio',
  opentelemetry: 'OpenTelemetry',
  kubernetes: 'Kubernetes',
  envoy: 'Envoy',
  cilium: 'Cilium',
};

function toolsApi(): Pick<ConferenceTakeawaysApi, 'getToolSummaries'> {
  return {
    getToolSummaries: jest.fn(async (slugs: string[]) => ({
      tools: slugs
        .filter(slug => TOOL_NAMES[slug])
        .map(slug => ({ slug, name: TOOL_NAMES[slug], ubiquitous: false })),
    })),
  };
}

/** Titled like the catalog module writes them: by headline or talk title. */
function ingested(entity: Entity): Entity {
  const title = entity.spec?.headline ?? entity.spec?.title;
  return typeof title === 'string'
    ? { ...entity, metadata: { ...entity.metadata, title } }
    : entity;
}

/** The catalog's own table, showing `entities` as if `kind` were picked. */
async function renderTable(
  kind: string,
  entities: Entity[],
  options: {
    api?: Pick<ConferenceTakeawaysApi, 'getToolSummaries'>;
    catalog?: ReturnType<typeof catalogApiMock>;
  } = {},
) {
  const api = options.api ?? toolsApi();
  const catalog = options.catalog ?? catalogApiMock({ entities: conferences });
  await renderInTestApp(
    <MockEntityListContextProvider
      value={{
        entities: entities.map(ingested),
        filters: {
          kind: new EntityKindFilter(kind, kind),
          user: EntityUserFilter.all(),
        },
      }}
    >
      <CatalogTable columns={createConferenceTakeawaysCatalogColumnsFunc()} />
    </MockEntityListContextProvider>,
    {
      apis: [
        [conferenceTakeawaysApiRef, api],
        catalog,
        [
          starredEntitiesApiRef,
          new DefaultStarredEntitiesApi({ storageApi: mockApis.storage() }),
        ],
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/conference-takeaways/tools/:tool': toolLinkRouteRef,
      },
    },
  );
  return { api, catalog };
}

function headers() {
  return screen
    .getAllByRole('columnheader')
    .map(h => h.textContent?.trim())
    .filter(Boolean);
}

/** The tool chips of a row, by label; each opens the tool's page. */
function toolChips(row: ReturnType<typeof rowOf>) {
  return row
    .queryAllByRole('button', { name: /tool page$/ })
    .map(chip => chip.textContent);
}

function rowOf(text: string) {
  return within(screen.getByText(text).closest('tr')!);
}

describe('catalog table columns for our kinds', () => {
  it('shows the conference, its year, named tools and the owner of each takeaway, loading them once per page', async () => {
    const catalog = catalogApiMock({ entities: conferences });
    const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    const { api } = await renderTable('takeaway', takeaways.slice(0, 3), {
      catalog,
    });

    expect(headers()).toEqual(
      expect.arrayContaining([
        'Takeaway',
        'Conference',
        'Year',
        'Tools',
        'Owner',
      ]),
    );
    expect(headers()).not.toContain('Lifecycle');
    expect(headers()).not.toContain('System');

    const row = rowOf('Istio ambient mode changes the comparison');
    expect(row.getByRole('link', { name: /kubecon-na-2022/i })).toHaveAttribute(
      'href',
      '/catalog/default/conference/kubecon-na-2022',
    );
    expect(await row.findByText('2022')).toBeInTheDocument();
    // subject tools first, by name
    await waitFor(() => expect(toolChips(row)).toEqual(['Istio', 'Linkerd']));

    // three rows, one request each for conferences and tool names
    expect(getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(api.getToolSummaries).toHaveBeenCalledTimes(1);
    expect((api.getToolSummaries as jest.Mock).mock.calls[0][0].sort()).toEqual(
      ['istio', 'linkerd', 'opentelemetry'],
    );
  });

  it('dates a takeaway by its report when its conference is unknown, and says when none was identified', async () => {
    await renderTable('takeaway', [
      takeaway('unknown-conference', {
        headline: 'From a conference the catalog does not have',
        conference: 'conference:default/devopsdays-2019',
        report: { title: 'Notes', date: '2019-09-30' },
      }),
      takeaway('no-conference', {
        headline: 'From a report that named no conference',
        report: { title: 'Notes' },
      }),
    ]);

    const dated = rowOf('From a conference the catalog does not have');
    expect(await dated.findByText('2019')).toBeInTheDocument();
    const undated = rowOf('From a report that named no conference');
    expect(undated.getByText('Not identified')).toBeInTheDocument();
    await waitFor(() => expect(undated.getAllByText('—')).toHaveLength(2));
  });

  it('shows four tools and counts the rest, naming them on hover', async () => {
    await renderTable('takeaway', [
      takeaway('many-tools', {
        headline: 'Everything at once',
        tools: ['kubernetes', 'envoy', 'cilium', 'istio', 'linkerd', 'x-tool'],
        subjectTools: ['linkerd'],
        report: { title: 'Notes' },
      }),
    ]);

    const row = rowOf('Everything at once');
    await waitFor(() =>
      expect(toolChips(row)).toEqual([
        'Linkerd',
        'Kubernetes',
        'Envoy',
        'Cilium',
      ]),
    );
    // unknown slugs keep their slug
    expect(row.getByText('+2 more')).toHaveAttribute('title', 'Istio, x-tool');
  });

  it('keeps the slugs when tool names cannot be loaded', async () => {
    await renderTable('takeaway', [takeaways[0]], {
      api: {
        getToolSummaries: async () => {
          throw new Error('backend down');
        },
      },
    });

    const row = rowOf(takeaways[0].spec.headline);
    expect(toolChips(row)).toEqual(['linkerd', 'istio']);
    expect(await row.findByText('2022')).toBeInTheDocument();
  });

  it('shows the speakers, conference, year and tools of talks', async () => {
    await renderTable('talk', talks);

    expect(headers()).toEqual(
      expect.arrayContaining([
        'Talk',
        'Speakers',
        'Conference',
        'Year',
        'Tools',
      ]),
    );
    const row = rowOf('Linkerd at scale');
    expect(row.getByText('Ana Mesh, Bo Proxy')).toBeInTheDocument();
    expect(await row.findByText('2022')).toBeInTheDocument();
    expect(
      await row.findByRole('button', { name: 'Linkerd: tool page' }),
    ).toHaveAttribute('href', '/conference-takeaways/tools/linkerd');
  });

  it('shows the dates, location and talk and takeaway counts of conferences', async () => {
    const valencia = {
      ...conferences[2],
      relations: [
        { type: RELATION_HAS_TALK, targetRef: 'talk:default/a' },
        { type: RELATION_HAS_TAKEAWAY, targetRef: 'takeaway:default/b' },
        { type: RELATION_HAS_TAKEAWAY, targetRef: 'takeaway:default/c' },
      ],
    };
    await renderTable('conference', [
      valencia,
      conference('undated', { year: 2020 }),
    ]);

    expect(headers()).toEqual(
      expect.arrayContaining([
        'Conference',
        'Dates',
        'Location',
        'Talks',
        'Takeaways',
      ]),
    );
    const row = rowOf('kubecon-eu-2022');
    expect(row.getByText('16–20 May 2022')).toBeInTheDocument();
    expect(row.getByText('Valencia, Europe')).toBeInTheDocument();
    const cells = row.getAllByRole('cell').map(cell => cell.textContent);
    expect(cells).toEqual(expect.arrayContaining(['1', '2']));
    // no dates: the year stands in
    expect(rowOf('undated').getByText('2020')).toBeInTheDocument();
  });
});

describe('createConferenceTakeawaysCatalogColumnsFunc', () => {
  it('leaves every other kind to the fallback', () => {
    const fallback = jest.fn(() => []);
    const context = {
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'payments-api' },
        },
      ],
      filters: { kind: new EntityKindFilter('component', 'Component') },
    } as any;

    createConferenceTakeawaysCatalogColumnsFunc(fallback)(context);

    expect(fallback).toHaveBeenCalledWith(context);
    expect(conferenceTakeawaysCatalogColumns('component')).toBeUndefined();
    expect(conferenceTakeawaysCatalogColumns(undefined)).toBeUndefined();
  });

  it('picks columns by the rows shown while a new kind loads, in any case', () => {
    const fallback = jest.fn(() => []);
    const stillTakeaways = {
      entities: [takeaways[0]],
      filters: { kind: new EntityKindFilter('component', 'Component') },
    } as any;

    const columns =
      createConferenceTakeawaysCatalogColumnsFunc(fallback)(stillTakeaways);

    expect(fallback).not.toHaveBeenCalled();
    expect(columns.map(c => c.title)).toContain('Takeaway');
    expect(conferenceTakeawaysCatalogColumns('TALK')).toBeDefined();
  });
});
