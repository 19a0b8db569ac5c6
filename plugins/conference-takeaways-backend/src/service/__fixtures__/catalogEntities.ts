import { Entity } from '@backstage/catalog-model';

/*
 * A small catalog for the router tests: three conferences, takeaways and a
 * talk about linkerd, cilium and istio, and services that use (or do not use)
 * those tools in each of the ways the plugin understands.
 */

const API_VERSION = 'conference-takeaways.dev/v1alpha1';

function conference(name: string, year: number, startDate: string): Entity {
  return {
    apiVersion: API_VERSION,
    kind: 'Conference',
    metadata: { name, namespace: 'default', title: `KubeCon ${year}` },
    spec: { series: 'KubeCon + CloudNativeCon', year, startDate },
  };
}

function takeaway(
  name: string,
  headline: string,
  conferenceName: string,
  tools: string[],
  subjectTools: string[],
  talks: string[] = [],
): Entity {
  return {
    apiVersion: API_VERSION,
    kind: 'Takeaway',
    metadata: { name, namespace: 'default', title: headline },
    spec: {
      headline,
      summary: `What we learnt: ${headline}.`,
      report: { title: `Trip report ${conferenceName}` },
      conference: `conference:default/${conferenceName}`,
      talks,
      tools,
      subjectTools,
    },
  };
}

function component(
  name: string,
  metadata: Partial<Entity['metadata']>,
  relations: Entity['relations'] = [],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', ...metadata },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/payments-team' },
      ...relations,
    ],
  };
}

export const conferences = [
  conference('kubecon-eu-2018', 2018, '2018-05-02'),
  conference('kubecon-eu-2022', 2022, '2022-05-16'),
  conference('kubecon-na-2023', 2023, '2023-11-06'),
];

export const linkerdTalk: Entity = {
  apiVersion: API_VERSION,
  kind: 'Talk',
  metadata: { name: 'linkerd-at-scale-a1b2c3', namespace: 'default' },
  spec: {
    title: 'Linkerd at Scale',
    speakers: ['Speaker One'],
    conference: 'conference:default/kubecon-eu-2022',
    recordingUrl: 'https://www.youtube.com/watch?v=example',
    tools: ['linkerd'],
  },
};

export const takeaways = [
  takeaway(
    'linkerd-mesh-people-enjoy-111111',
    'Linkerd is the service mesh people enjoy running',
    'kubecon-eu-2022',
    ['linkerd', 'kubernetes'],
    ['linkerd'],
    ['talk:default/linkerd-at-scale-a1b2c3'],
  ),
  takeaway(
    'linkerd-2-rewrite-222222',
    'Linkerd 2 is a rewrite in Rust and Go',
    'kubecon-eu-2018',
    ['linkerd'],
    ['linkerd'],
  ),
  takeaway(
    'ebpf-networking-arrives-333333',
    'eBPF networking arrives with Cilium',
    'kubecon-na-2023',
    ['cilium', 'linkerd'],
    ['cilium'],
  ),
  takeaway(
    'istio-ambient-mode-444444',
    'Istio ambient mode drops the sidecars',
    'kubecon-na-2023',
    ['istio'],
    ['istio'],
  ),
];

export const paymentsDb: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'payments-db',
    namespace: 'default',
    annotations: { 'conference-takeaways.dev/tool': 'cilium' },
  },
  spec: { type: 'database', owner: 'payments-team' },
};

/** Tagged with linkerd (and a tag that is no tool). */
export const payments = component('payments', { tags: ['linkerd', 'java'] });

/** Uses cilium through a dependency. */
export const ledger = component('ledger', {}, [
  { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
]);

/** Uses no tool the dictionary knows. */
export const legacyBatch: Entity = {
  ...component('legacy-batch', { tags: ['cobol'] }),
  relations: [],
};

/** Uses istio through the tools annotation; owned by another team. */
export const checkout: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout',
    namespace: 'default',
    title: 'Checkout',
    annotations: { 'conference-takeaways.dev/tools': 'istio' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
};

export const paymentsTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

export const allEntities: Entity[] = [
  ...conferences,
  linkerdTalk,
  ...takeaways,
  paymentsDb,
  payments,
  ledger,
  legacyBatch,
  checkout,
  paymentsTeam,
];
