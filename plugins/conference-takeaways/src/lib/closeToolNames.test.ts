import { closeToolNames } from './closeToolNames';

const tools = [
  { slug: 'linkerd', name: 'Linkerd' },
  { slug: 'argo-cd', name: 'Argo CD' },
  { slug: 'argo-workflows', name: 'Argo Workflows' },
  { slug: 'opentelemetry', name: 'OpenTelemetry' },
  { slug: 'kafka', name: 'Apache Kafka' },
];

const slugs = (typed: string) => closeToolNames(typed, tools).map(t => t.slug);

describe('closeToolNames', () => {
  it('finds a tool through a typo or two', () => {
    expect(slugs('linkred')).toEqual(['linkerd']);
    expect(slugs('opentelemtry')).toEqual(['opentelemetry']);
  });

  it('ignores case, spaces and dashes, and matches by name too', () => {
    expect(slugs('ArgoCD')).toEqual(['argo-cd']);
    expect(slugs('apache kafka')).toEqual(['kafka']);
  });

  it('offers the tools that contain a longer fragment', () => {
    expect(slugs('argo')).toEqual(['argo-cd', 'argo-workflows']);
  });

  it('suggests nothing for something unlike any tool, or for nothing', () => {
    expect(slugs('zookeeper')).toEqual([]);
    expect(slugs('')).toEqual([]);
    expect(slugs('  ')).toEqual([]);
  });
});
