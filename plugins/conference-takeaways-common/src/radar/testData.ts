import { Entity } from '@backstage/catalog-model';

/*
 * A small radar file and catalog for the radar tests: linkerd adopted with
 * evidence (one ref that exists, one that does not), istio on hold while a
 * service uses it, docker-swarm phased out, and opentelemetry with its
 * timeline out of order.
 */

export const radarData = {
  quadrants: [
    { id: 'infrastructure', name: 'Infrastructure' },
    { id: 'observability', name: 'Observability' },
  ],
  rings: [
    { id: 'adopt', name: 'ADOPT', color: '#5BA300' },
    { id: 'trial', name: 'TRIAL', color: '#009EB0' },
    { id: 'assess', name: 'ASSESS', color: '#C7BA00' },
    { id: 'hold', name: 'HOLD', color: '#E09B96' },
  ],
  entries: [
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'infrastructure',
      description: 'Our service mesh.',
      links: [{ url: 'https://linkerd.io', title: 'Linkerd website' }],
      timeline: [
        {
          date: '2020-02-10',
          ringId: 'adopt',
          moved: 1,
          description: 'Default mesh.',
          evidence: [
            'takeaway:default/linkerd-mesh-111111',
            'takeaway:default/deleted-999999',
          ],
        },
        {
          date: '2018-06-04',
          ringId: 'assess',
          moved: 0,
          evidence: ['talk:linkerd-at-scale-a1b2c3', 'not a ref'],
        },
      ],
    },
    {
      id: 'istio',
      title: 'Istio',
      quadrant: 'infrastructure',
      timeline: [
        {
          date: '2020-02-10',
          ringId: 'hold',
          moved: -1,
          description: 'Linkerd chosen instead.',
        },
      ],
    },
    {
      id: 'docker-swarm',
      key: 'docker-swarm',
      title: 'Docker Swarm',
      quadrant: 'infrastructure',
      active: false,
      timeline: [{ date: '2018-03-05', ringId: 'hold', moved: -1 }],
    },
    {
      id: 'otel',
      key: 'otel',
      title: 'OpenTelemetry',
      quadrant: 'observability',
      timeline: [
        { date: '2021-03-15', ringId: 'trial', moved: 1 },
        { date: '2022-06-13', ringId: 'adopt', moved: 1 },
        { date: '2019-12-09', ringId: 'assess', moved: 0 },
      ],
    },
  ],
};

const API_VERSION = 'conference-takeaways.dev/v1alpha1';

function conference(name: string, year: number, startDate: string): Entity {
  return {
    apiVersion: API_VERSION,
    kind: 'Conference',
    metadata: { name, namespace: 'default', title: `KubeCon Europe ${year}` },
    spec: { series: 'KubeCon + CloudNativeCon', year, startDate },
  };
}

function takeaway(
  name: string,
  headline: string,
  conferenceName: string,
  tools: string[],
  subjectTools: string[],
): Entity {
  return {
    apiVersion: API_VERSION,
    kind: 'Takeaway',
    metadata: { name, namespace: 'default' },
    spec: {
      headline,
      summary: `About ${headline}.`,
      report: { title: 'Trip report' },
      conference: `conference:default/${conferenceName}`,
      tools,
      subjectTools,
    },
  };
}

export const itemEntities: Entity[] = [
  conference('kubecon-eu-2018', 2018, '2018-05-02'),
  conference('kubecon-eu-2022', 2022, '2022-05-16'),
  takeaway(
    'linkerd-mesh-111111',
    'Linkerd is the mesh people enjoy',
    'kubecon-eu-2022',
    ['linkerd', 'kubernetes'],
    ['linkerd'],
  ),
  takeaway(
    'linkerd-rewrite-222222',
    'Linkerd 2 is a rewrite',
    'kubecon-eu-2018',
    ['linkerd'],
    ['linkerd'],
  ),
  takeaway(
    'ebpf-arrives-333333',
    'eBPF networking arrives',
    'kubecon-eu-2022',
    ['cilium', 'linkerd'],
    ['cilium'],
  ),
  {
    apiVersion: API_VERSION,
    kind: 'Talk',
    metadata: { name: 'linkerd-at-scale-a1b2c3', namespace: 'default' },
    spec: {
      title: 'Linkerd at Scale',
      speakers: ['Speaker One'],
      conference: 'conference:default/kubecon-eu-2018',
      recordingUrl: 'https://www.youtube.com/watch?v=example',
      // not http(s): never linked
      slidesUrl: 'ftp://example.com/slides.pdf',
      tools: ['linkerd'],
    },
  },
];

export const toolEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: 'istio',
      namespace: 'default',
      annotations: { 'conference-takeaways.dev/tool': 'istio' },
    },
    spec: { type: 'tool', owner: 'platform-team' },
  },
];

function component(
  name: string,
  title: string,
  metadata: Partial<Entity['metadata']>,
  spec: Entity['spec'] = {},
  relations: Entity['relations'] = [],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', title, ...metadata },
    spec: { type: 'service', owner: 'payments-team', ...spec },
    relations,
  };
}

export const serviceEntities: Entity[] = [
  // tag
  component('payments-api', 'Payments API', { tags: ['linkerd', 'go'] }, {}, [
    { type: 'ownedBy', targetRef: 'group:default/payments-team' },
  ]),
  // annotation, by alias
  component(
    'fraud-scoring',
    'Fraud Scoring',
    { annotations: { 'conference-takeaways.dev/tools': 'linkerd, OTel' } },
    { owner: 'group:default/risk-team' },
  ),
  // dependency on a tool record
  component('checkout', 'Checkout', {}, { owner: 'checkout-team' }, [
    { type: 'dependsOn', targetRef: 'resource:default/istio' },
  ]),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: {
      name: 'payments-http-api',
      namespace: 'default',
      tags: ['linkerd'],
    },
    spec: { type: 'openapi', owner: 'payments-team' },
  },
  // no known tool
  component('legacy', 'Legacy', { tags: ['cobol'] }),
];
