import {
  ConferenceEntity,
  RelevanceResponse,
  TakeawayEntity,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

const apiVersion = 'conference-takeaways.dev/v1alpha1' as const;

/** A hostile link in report data; it must never become a link in the UI. */
// eslint-disable-next-line no-script-url
export const SCRIPT_URL = 'javascript:alert("slides")';

export function conference(
  name: string,
  spec: Partial<ConferenceEntity['spec']> & { year: number },
): ConferenceEntity {
  return {
    apiVersion,
    kind: 'Conference',
    metadata: { name, namespace: 'default' },
    spec: { series: 'KubeCon + CloudNativeCon', ...spec },
  };
}

export function talk(
  name: string,
  spec: Partial<TalkEntity['spec']> & { title: string; conference: string },
): TalkEntity {
  return {
    apiVersion,
    kind: 'Talk',
    metadata: { name, namespace: 'default' },
    spec: { speakers: [], ...spec },
  };
}

export function takeaway(
  name: string,
  spec: Partial<TakeawayEntity['spec']> & {
    headline: string;
  },
): TakeawayEntity {
  return {
    apiVersion,
    kind: 'Takeaway',
    metadata: { name, namespace: 'default' },
    spec: {
      summary: '',
      report: { title: 'Trip report' },
      ...spec,
    },
  };
}

/** Three conferences, listed out of date order on purpose. */
export const conferences = [
  conference('kubecon-na-2022', {
    region: 'North America',
    edition: 'North America 2022',
    city: 'Detroit',
    year: 2022,
    startDate: '2022-10-24',
    endDate: '2022-10-28',
  }),
  conference('kubecon-eu-2018', {
    region: 'Europe',
    edition: 'Europe 2018',
    city: 'Copenhagen',
    year: 2018,
    startDate: '2018-05-02',
  }),
  conference('kubecon-eu-2022', {
    region: 'Europe',
    edition: 'Europe 2022',
    city: 'Valencia',
    year: 2022,
    startDate: '2022-05-16',
    endDate: '2022-05-20',
  }),
];

export const talks = [
  talk('linkerd-at-scale-abc123', {
    title: 'Linkerd at scale',
    speakers: ['Ana Mesh', 'Bo Proxy'],
    format: 'talk',
    conference: 'conference:default/kubecon-eu-2022',
    recordingUrl: 'https://www.youtube.com/watch?v=linkerd',
    slidesUrl: SCRIPT_URL,
    tools: ['linkerd'],
  }),
  talk('otel-everywhere-def456', {
    title: 'OpenTelemetry everywhere',
    speakers: ['Cy Trace'],
    format: 'keynote',
    conference: 'conference:default/kubecon-na-2022',
    tools: ['opentelemetry'],
  }),
];

export const takeaways = [
  takeaway('linkerd-is-enjoyable-111111', {
    headline: 'Linkerd is the service mesh people enjoy running',
    summary: 'Teams moved from **Istio** to Linkerd.',
    conference: 'conference:default/kubecon-eu-2022',
    talks: ['talk:default/linkerd-at-scale-abc123'],
    tools: ['linkerd', 'istio'],
    subjectTools: ['linkerd'],
    report: {
      title: 'KubeCon EU 2022 — what we brought back',
      author: 'Jane Doe',
      date: '2022-06-01',
      url: 'https://example.com/blog/kubecon-eu-2022',
    },
  }),
  takeaway('mesh-comparison-222222', {
    headline: 'Istio ambient mode changes the comparison',
    summary: 'Sidecar-less meshes.',
    conference: 'conference:default/kubecon-na-2022',
    tools: ['istio', 'linkerd'],
    subjectTools: ['istio', 'linkerd'],
    report: { title: 'NA 2022 notes', author: 'Sam Roe' },
  }),
  takeaway('otel-is-the-standard-333333', {
    headline: 'OpenTelemetry became the default',
    summary: 'Everyone instruments with OTel now.',
    conference: 'conference:default/kubecon-na-2022',
    talks: ['talk:default/otel-everywhere-def456'],
    tools: ['opentelemetry'],
    report: { title: 'NA 2022 notes', author: 'Sam Roe' },
  }),
  takeaway('early-mesh-days-444444', {
    headline: 'Service meshes are coming',
    summary: 'Linkerd 1 and Istio 0.8 on stage.',
    conference: 'conference:default/kubecon-eu-2018',
    tools: ['linkerd', 'istio'],
    subjectTools: ['linkerd'],
    report: { title: 'Copenhagen 2018', author: 'Jane Doe' },
  }),
];

export const relevanceForComponent: RelevanceResponse = {
  entityRef: 'component:default/checkout',
  tools: [
    {
      slug: 'linkerd',
      name: 'Linkerd',
      sources: [
        { type: 'tag' },
        { type: 'dependency', entityRef: 'resource:default/mesh' },
      ],
    },
    {
      slug: 'opentelemetry',
      name: 'OpenTelemetry',
      sources: [{ type: 'annotation' }],
    },
  ],
  items: [
    {
      entityRef: 'takeaway:default/linkerd-is-enjoyable-111111',
      kind: 'Takeaway',
      title: 'Linkerd is the service mesh people enjoy running',
      summary: 'Teams moved from **Istio** to Linkerd.',
      conference: {
        entityRef: 'conference:default/kubecon-eu-2022',
        title: 'KubeCon + CloudNativeCon Europe 2022',
        year: 2022,
      },
      tools: ['linkerd', 'istio'],
      score: 0.9,
      reasons: [
        { type: 'uses-tool', tool: 'linkerd', text: 'uses linkerd (tag)' },
        {
          type: 'subject',
          tool: 'linkerd',
          text: 'linkerd is the subject of this takeaway',
        },
      ],
      talks: [
        {
          entityRef: 'talk:default/linkerd-at-scale-abc123',
          title: 'Linkerd at scale',
          speakers: ['Ana Mesh', 'Bo Proxy'],
          recordingUrl: 'https://www.youtube.com/watch?v=linkerd',
          slidesUrl: SCRIPT_URL,
        },
      ],
    },
    {
      entityRef: 'talk:default/otel-everywhere-def456',
      kind: 'Talk',
      title: 'OpenTelemetry everywhere',
      summary: 'Cy Trace',
      conference: {
        entityRef: 'conference:default/kubecon-na-2022',
        title: 'KubeCon + CloudNativeCon North America 2022',
        year: 2022,
      },
      tools: ['opentelemetry'],
      score: 0.6,
      reasons: [
        {
          type: 'uses-tool',
          tool: 'opentelemetry',
          text: 'uses opentelemetry (annotation)',
        },
      ],
      links: [
        { url: 'https://www.youtube.com/watch?v=otel', title: 'Recording' },
      ],
    },
    {
      entityRef: 'takeaway:default/early-mesh-days-444444',
      kind: 'Takeaway',
      title: 'Service meshes are coming',
      conference: {
        entityRef: 'conference:default/kubecon-eu-2018',
        title: 'KubeCon + CloudNativeCon Europe 2018',
        year: 2018,
      },
      tools: ['linkerd', 'istio'],
      score: 0.3,
      reasons: [
        { type: 'uses-tool', tool: 'linkerd', text: 'uses linkerd (tag)' },
        { type: 'age', text: 'from 2018, older advice' },
      ],
    },
  ],
};

export const relevanceForGroup: RelevanceResponse = {
  entityRef: 'group:default/platform-team',
  tools: [
    {
      slug: 'opentelemetry',
      name: 'OpenTelemetry',
      sources: [
        { type: 'owned-component', entityRef: 'component:default/checkout' },
      ],
    },
    {
      slug: 'linkerd',
      name: 'Linkerd',
      sources: [
        { type: 'owned-component', entityRef: 'component:default/checkout' },
        { type: 'owned-component', entityRef: 'component:default/payments' },
        { type: 'owned-component', entityRef: 'component:default/payments' },
      ],
    },
  ],
  items: relevanceForComponent.items,
};
