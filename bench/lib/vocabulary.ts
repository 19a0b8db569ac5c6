import {
  ToolDefinition,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ZipfPicker } from './random';

/** A KubeCon edition the generated reports and descriptors refer to. */
export interface Edition {
  name: string;
  region: string;
  city: string;
  year: number;
  startDate: string;
  endDate: string;
}

export const SERIES = 'KubeCon + CloudNativeCon';

export const EDITIONS: Edition[] = [
  ['kubecon-eu-2018', 'Europe', 'Copenhagen', '2018-05-02', '2018-05-04'],
  ['kubecon-cn-2018', 'China', 'Shanghai', '2018-11-13', '2018-11-15'],
  ['kubecon-na-2018', 'North America', 'Seattle', '2018-12-11', '2018-12-13'],
  ['kubecon-eu-2019', 'Europe', 'Barcelona', '2019-05-20', '2019-05-23'],
  ['kubecon-cn-2019', 'China', 'Shanghai', '2019-06-24', '2019-06-26'],
  ['kubecon-na-2019', 'North America', 'San Diego', '2019-11-18', '2019-11-21'],
  [
    'kubecon-na-2021',
    'North America',
    'Los Angeles',
    '2021-10-11',
    '2021-10-15',
  ],
  ['kubecon-eu-2022', 'Europe', 'Valencia', '2022-05-16', '2022-05-20'],
  ['kubecon-na-2022', 'North America', 'Detroit', '2022-10-24', '2022-10-28'],
  ['kubecon-eu-2023', 'Europe', 'Amsterdam', '2023-04-18', '2023-04-21'],
  ['kubecon-na-2023', 'North America', 'Chicago', '2023-11-06', '2023-11-09'],
  ['kubecon-eu-2024', 'Europe', 'Paris', '2024-03-19', '2024-03-22'],
  [
    'kubecon-na-2024',
    'North America',
    'Salt Lake City',
    '2024-11-12',
    '2024-11-15',
  ],
  ['kubecon-in-2024', 'India', 'New Delhi', '2024-12-11', '2024-12-12'],
  ['kubecon-eu-2025', 'Europe', 'London', '2025-04-01', '2025-04-04'],
  ['kubecon-na-2025', 'North America', 'Atlanta', '2025-11-10', '2025-11-13'],
].map(([name, region, city, startDate, endDate]) => ({
  name,
  region,
  city,
  year: Number(startDate.slice(0, 4)),
  startDate,
  endDate,
}));

export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Elif',
  'Femi',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Mara',
  'Nikolai',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
];

export const LAST_NAMES = [
  'Adeyemi',
  'Bauer',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hughes',
  'Ito',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ueda',
  'Varga',
  'Wright',
  'Yilmaz',
  'Zhang',
];

export const COMPANIES = [
  'a large bank',
  'a streaming service',
  'an airline',
  'a telco',
  'a retailer',
  'a game studio',
  'a public broadcaster',
  'an insurer',
  'a logistics company',
  'a ride-hailing app',
  'a chip maker',
  'a university',
];

export const TEAMS = [
  'platform-team',
  'payments-team',
  'search-team',
  'identity-team',
  'data-team',
  'mobile-team',
  'sre-team',
  'security-team',
];

/**
 * Tools roughly in the order people write about them; the rest of the
 * dictionary follows in its own order. Popularity drives how often a tool is
 * picked, so some tools match many items and most match few, as in reality.
 */
const POPULAR_SLUGS = [
  'kubernetes',
  'prometheus',
  'opentelemetry',
  'argo-cd',
  'istio',
  'helm',
  'grafana',
  'cilium',
  'linkerd',
  'terraform',
  'envoy',
  'flux',
  'backstage',
  'ebpf',
  'keda',
  'crossplane',
  'kyverno',
  'open-policy-agent',
  'jaeger',
  'fluent-bit',
  'cert-manager',
  'vault',
  'knative',
  'dapr',
  'tekton',
  'karpenter',
  'thanos',
  'loki',
  'falco',
  'trivy',
  'sigstore',
  'kafka',
  'etcd',
  'containerd',
  'webassembly',
  'github-actions',
  'kustomize',
  'gateway-api',
  'spiffe',
  'velero',
];

/** Tools whose display name can be written in prose and detected back. */
export function writableTools(
  dictionary: ToolDictionary = ToolDictionary.default(),
): ToolDefinition[] {
  const all = dictionary.list().filter(tool => tool.matchName !== false);
  const bySlug = new Map(all.map(tool => [tool.slug, tool]));
  const popular = POPULAR_SLUGS.map(slug => bySlug.get(slug)).filter(
    (tool): tool is ToolDefinition => tool !== undefined,
  );
  const rest = all.filter(tool => !POPULAR_SLUGS.includes(tool.slug));
  return [...popular, ...rest];
}

/** Popularity-weighted tool picker over {@link writableTools}. */
export function toolPicker(): ZipfPicker<ToolDefinition> {
  return new ZipfPicker(writableTools(), 1.0);
}
