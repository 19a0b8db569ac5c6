import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** A small dictionary, so tests do not move when the built-in one grows. */
export const testDictionary = new ToolDictionary([
  { slug: 'kubernetes', name: 'Kubernetes', ubiquitous: true },
  { slug: 'linkerd', name: 'Linkerd' },
  { slug: 'istio', name: 'Istio' },
  { slug: 'cilium', name: 'Cilium' },
  { slug: 'opentelemetry', name: 'OpenTelemetry', aliases: ['OTel'] },
]);
