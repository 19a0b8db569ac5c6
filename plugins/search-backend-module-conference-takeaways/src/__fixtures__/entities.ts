import { Entity } from '@backstage/catalog-model';

const apiVersion = 'conference-takeaways.dev/v1alpha1';

export const kubeconEu2022: Entity = {
  apiVersion,
  kind: 'Conference',
  metadata: {
    name: 'kubecon-eu-2022',
    namespace: 'default',
    title: 'KubeCon + CloudNativeCon Europe 2022',
    description: 'The 2022 European edition.',
  },
  spec: {
    series: 'KubeCon + CloudNativeCon',
    edition: 'Europe 2022',
    region: 'Europe',
    city: 'Valencia',
    year: 2022,
    startDate: '2022-05-16',
    endDate: '2022-05-20',
  },
};

export const meshTalk: Entity = {
  apiVersion,
  kind: 'Talk',
  metadata: {
    name: 'service-mesh-without-the-pain-0a1b2c',
    namespace: 'default',
    title: 'Service Mesh Without the Pain',
  },
  spec: {
    title: 'Service Mesh Without the Pain',
    speakers: ['Ada Lovelace', 'Grace Hopper'],
    format: 'keynote',
    conference: 'conference:default/kubecon-eu-2022',
    tools: ['linkerd'],
  },
};

export const otelTalk: Entity = {
  apiVersion,
  kind: 'Talk',
  metadata: { name: 'tracing-everything-3d4e5f', namespace: 'default' },
  spec: {
    title: 'Tracing Everything',
    speakers: ['Linus Torvalds'],
    conference: 'conference:default/kubecon-eu-2022',
    tools: ['opentelemetry'],
  },
};

export const meshTakeaway: Entity = {
  apiVersion,
  kind: 'Takeaway',
  metadata: {
    name: 'linkerd-is-the-mesh-people-enjoy-9f8e7d',
    namespace: 'default',
    title: 'Linkerd is the mesh people enjoy',
  },
  spec: {
    headline: 'Linkerd is the mesh people enjoy',
    summary: 'Teams running the mesh in production were happy with it.',
    report: { title: 'What we brought back', author: 'Jane Doe' },
    conference: 'conference:default/kubecon-eu-2022',
    talks: [
      'talk:default/service-mesh-without-the-pain-0a1b2c',
      'talk:default/tracing-everything-3d4e5f',
    ],
    tools: ['linkerd', 'opentelemetry'],
    subjectTools: ['linkerd'],
  },
};

export const paymentsService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments',
    namespace: 'default',
    description: 'Uses linkerd',
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

export const platformTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'platform-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

/** Talks of a conference program, for paging through many entities. */
export function programTalks(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => ({
    apiVersion,
    kind: 'Talk',
    metadata: { name: `program-talk-${i}`, namespace: 'default' },
    spec: {
      title: `Program talk ${i}`,
      speakers: [`Speaker ${i}`],
      conference: 'conference:default/kubecon-eu-2022',
    },
  }));
}
