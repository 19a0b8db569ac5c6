import { ToolDictionary } from '../tools/ToolDictionary';

/**
 * A small dictionary for tests, so they do not change when the built-in
 * dictionary grows.
 */
export const testDictionary = new ToolDictionary([
  {
    slug: 'kubernetes',
    name: 'Kubernetes',
    aliases: ['K8s'],
    ubiquitous: true,
  },
  { slug: 'linkerd', name: 'Linkerd' },
  { slug: 'istio', name: 'Istio' },
  { slug: 'cilium', name: 'Cilium' },
  { slug: 'opentelemetry', name: 'OpenTelemetry', aliases: ['OTel'] },
  { slug: 'argo', name: 'Argo' },
  { slug: 'argo-cd', name: 'Argo CD', aliases: ['ArgoCD'], partOf: 'argo' },
]);
