import {
  CitedItem,
  ToolHubItem,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { SCRIPT_URL } from './fixtures';

const euConference = {
  entityRef: 'conference:default/kubecon-eu-2022',
  title: 'KubeCon + CloudNativeCon Europe 2022',
  year: 2022,
};
const naConference = {
  entityRef: 'conference:default/kubecon-na-2022',
  title: 'KubeCon + CloudNativeCon North America 2022',
  year: 2022,
};
const eu2018Conference = {
  entityRef: 'conference:default/kubecon-eu-2018',
  title: 'KubeCon + CloudNativeCon Europe 2018',
  year: 2018,
};

function cited(
  kind: CitedItem['kind'],
  name: string,
  title: string,
  conference: CitedItem['conference'],
  date: string,
  links: CitedItem['links'] = [],
): CitedItem {
  const lower = kind.toLocaleLowerCase('en-US');
  return {
    entityRef: `${lower}:default/${name}`,
    kind,
    title,
    path: `/catalog/default/${lower}/${name}`,
    conference,
    date,
    links,
  };
}

const enjoyable = cited(
  'Takeaway',
  'linkerd-is-enjoyable-111111',
  'Linkerd is the service mesh people enjoy running',
  euConference,
  '2022-05-16',
);
const atScale = cited(
  'Talk',
  'linkerd-at-scale-abc123',
  'Linkerd at scale',
  euConference,
  '2022-05-16',
  [
    { url: 'https://www.youtube.com/watch?v=linkerd', title: 'Recording' },
    { url: SCRIPT_URL, title: 'Slides' },
  ],
);
const comparison = cited(
  'Takeaway',
  'mesh-comparison-222222',
  'Istio ambient mode changes the comparison',
  naConference,
  '2022-10-24',
);
const earlyDays = cited(
  'Takeaway',
  'early-mesh-days-444444',
  'Service meshes are coming',
  eu2018Conference,
  '2018-05-02',
);

const item = (
  view: CitedItem,
  rest: Omit<ToolHubItem, keyof CitedItem>,
): ToolHubItem => ({ ...view, ...rest });

/** The tool page of Linkerd: on the radar, used, talked about, with problems. */
export const linkerdHub: ToolHubResponse = {
  tool: {
    slug: 'linkerd',
    name: 'Linkerd',
    definition: {
      slug: 'linkerd',
      name: 'Linkerd',
      aliases: ['linkerd2'],
      homepage: 'https://linkerd.io',
      maturity: 'graduated',
      category: 'service-mesh',
    },
  },
  radar: {
    entryId: 'linkerd',
    title: 'Linkerd',
    active: true,
    quadrant: { id: 'infrastructure', name: 'Infrastructure' },
    ring: { id: 'adopt', name: 'Adopt', color: '#5BA300' },
    links: [{ url: 'https://linkerd.io/2/overview/', title: 'Overview' }],
    timeline: [
      {
        date: '2023-03-01',
        ring: { id: 'adopt', name: 'Adopt', color: '#5BA300' },
        moved: 1,
        description: 'Default for all **production** namespaces.',
        evidence: [
          { found: true, ...enjoyable },
          { found: true, ...atScale },
          { found: false, entityRef: 'takeaway:default/gone-999999' },
        ],
      },
      {
        date: '2022-06-13',
        ring: { id: 'trial', name: 'Trial', color: '#009EB0' },
        moved: 0,
        description: 'Trying it on the checkout service.',
        evidence: [],
      },
    ],
  },
  usedBy: [
    {
      entityRef: 'component:default/checkout',
      kind: 'Component',
      title: 'Checkout',
      owners: ['group:default/platform-team'],
      sources: [{ type: 'tag' }],
    },
    {
      entityRef: 'api:default/payments-api',
      kind: 'API',
      title: 'Payments API',
      owners: ['group:default/payments-team'],
      sources: [{ type: 'dependency', entityRef: 'resource:default/mesh' }],
    },
  ],
  teams: [
    {
      entityRef: 'group:default/platform-team',
      uses: ['component:default/checkout'],
      usesTotal: 1,
    },
    {
      entityRef: 'group:default/payments-team',
      uses: ['api:default/payments-api'],
      usesTotal: 1,
    },
  ],
  usedByTotal: 2,
  teamsTotal: 2,
  itemsPage: { offset: 0, limit: 20, total: 4 },
  suggestionsTotal: 1,
  items: [
    item(comparison, {
      summary: 'Sidecar-less meshes.',
      subject: true,
      citedBy: [],
    }),
    item(atScale, {
      summary: 'Ana Mesh, Bo Proxy',
      subject: true,
      citedBy: ['2023-03-01'],
    }),
    item(enjoyable, {
      summary: 'Teams moved from **Istio** to Linkerd.',
      subject: true,
      citedBy: ['2023-03-01'],
    }),
    item(earlyDays, {
      summary: 'Linkerd 1 and Istio 0.8 on stage.',
      subject: false,
      citedBy: [],
    }),
  ],
  suggestions: [
    {
      item: comparison,
      snippet: 'evidence:\n  - takeaway:default/mesh-comparison-222222\n',
    },
  ],
  warnings: [
    {
      type: 'missing-evidence',
      message:
        'Radar entry "Linkerd", move of 2023-03-01: cites takeaway:default/gone-999999, which does not exist or which you may not see',
      entityRef: 'takeaway:default/gone-999999',
    },
  ],
};

/** A tool the dictionary knows that nothing mentions and the radar lacks. */
export const quietHub: ToolHubResponse = {
  tool: {
    slug: 'kuma',
    name: 'Kuma',
    definition: { slug: 'kuma', name: 'Kuma', maturity: 'sandbox' },
  },
  usedBy: [],
  usedByTotal: 0,
  teams: [],
  teamsTotal: 0,
  items: [],
  itemsPage: { offset: 0, limit: 20, total: 0 },
  suggestions: [],
  suggestionsTotal: 0,
  warnings: [],
};
