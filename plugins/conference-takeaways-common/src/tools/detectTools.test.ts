import { detectTools, mentionsToSlugs } from './detectTools';
import { ToolDictionary } from './ToolDictionary';
import { ToolMention } from './types';

function bySlug(mentions: ToolMention[]): Record<string, ToolMention> {
  return Object.fromEntries(mentions.map(m => [m.slug, m]));
}

const FILLER =
  'The hallway track was busy and the keynotes were long, but the real value came from talking to other operators about their day-two problems. ';

describe('detectTools', () => {
  it('makes tools named in the heading subjects with a high weight', () => {
    const mentions = detectTools('It was the most talked-about topic.', {
      heading: 'Linkerd is the service mesh people enjoy running',
    });
    expect(mentions).toEqual([
      { slug: 'linkerd', count: 1, weight: 0.9, subject: true },
    ]);
  });

  it('makes explicitly listed tools subjects, resolving aliases', () => {
    const mentions = detectTools('Nothing here names a tool.', {
      explicit: ['otel', 'Argo CD', 'not-a-known-tool'],
    });
    expect(mentions.map(m => [m.slug, m.subject, m.weight])).toEqual([
      ['opentelemetry', true, 0.8],
      ['argo-cd', true, 0.8],
    ]);
    expect(mentions.every(m => m.count === 0)).toBe(true);
  });

  it('makes a tool holding a third of the mentions (at least twice) a subject', () => {
    const text =
      'Crossplane turns the cluster into a control plane. With Crossplane compositions, teams ask for a database; Terraform modules stay for legacy.';
    const found = bySlug(detectTools(text));
    expect(found.crossplane.subject).toBe(true);
    expect(found.crossplane.weight).toBeGreaterThanOrEqual(0.5);
    expect(found.terraform.subject).toBe(false);
    expect(found.terraform.weight).toBeLessThanOrEqual(0.3);
  });

  it('keeps a single passing mention in a long text low', () => {
    const text = `${FILLER.repeat(
      8,
    )}Someone mentioned Jaeger in passing. ${FILLER.repeat(4)}`;
    const [jaeger] = detectTools(text);
    expect(jaeger.slug).toBe('jaeger');
    expect(jaeger.subject).toBe(false);
    expect(jaeger.weight).toBeGreaterThan(0);
    expect(jaeger.weight).toBeLessThanOrEqual(0.3);
  });

  it('does not make a single mention a subject even in a short text', () => {
    const [flux] = detectTools('We moved to Flux.');
    expect(flux.slug).toBe('flux');
    expect(flux.subject).toBe(false);
    expect(flux.weight).toBeLessThanOrEqual(0.3);
  });

  it('leaves no subject when many tools share the mentions evenly', () => {
    const text =
      'Istio and Linkerd and Cilium and Kuma. Again Istio, Linkerd, Cilium and Kuma.';
    const mentions = detectTools(text);
    expect(mentions).toHaveLength(4);
    expect(mentions.some(m => m.subject)).toBe(false);
  });

  it('lets Kubernetes chatter not dilute the real subject', () => {
    const text =
      'Kubernetes here, Kubernetes there, Kubernetes everywhere and Kubernetes again. Kubernetes! Kubernetes operators use Kyverno, and Kyverno policies are tested in CI. Someone asked about OPA.';
    const found = bySlug(detectTools(text));
    expect(found.kyverno.subject).toBe(true);
    expect(found['open-policy-agent'].subject).toBe(false);
    expect(found.kubernetes.count).toBe(6);
    expect(ToolDictionary.default().get('kubernetes')?.ubiquitous).toBe(true);
  });

  it('orders heading subjects before explicit ones before dominant ones before mentions', () => {
    const mentions = detectTools(
      'Backstage templates call Crossplane. Crossplane claims, Crossplane compositions. Tekton once.',
      { heading: 'Backstage everywhere', explicit: ['helm'] },
    );
    expect(mentions.map(m => m.slug)).toEqual([
      'backstage',
      'helm',
      'crossplane',
      'tekton',
    ]);
    const weights = mentions.map(m => m.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    for (const { weight } of mentions) {
      expect(weight).toBeGreaterThanOrEqual(0);
      expect(weight).toBeLessThanOrEqual(1);
    }
  });

  it('counts heading and body mentions together', () => {
    const [linkerd] = detectTools('Linkerd was simple. Linkerd was fast.', {
      heading: 'Linkerd',
    });
    expect(linkerd).toMatchObject({ slug: 'linkerd', count: 3, subject: true });
    expect(linkerd.weight).toBeGreaterThan(0.9);
  });

  it('uses the dictionary it is given', () => {
    const dictionary = ToolDictionary.default().with([
      { slug: 'meshy', name: 'Meshy', aliases: ['our mesh'] },
    ]);
    expect(detectTools('Meshy is our mesh.', { dictionary })).toEqual([
      { slug: 'meshy', count: 2, weight: expect.any(Number), subject: true },
    ]);
    expect(detectTools('Meshy is our mesh.')).toEqual([]);
  });

  it('returns nothing for text without tools and rejects non-strings', () => {
    expect(detectTools('')).toEqual([]);
    expect(detectTools('Lunch was good.', { heading: 'Food' })).toEqual([]);
    expect(() => detectTools(undefined as unknown as string)).toThrow(
      /text must be a string/,
    );
  });

  it('reads a realistic trip-report section', () => {
    const heading = 'Control planes for everything';
    const text = [
      'The Kubernetes API is turning into a universal control plane. Several',
      'talks showed Crossplane managing cloud databases and buckets as',
      'Kubernetes resources, with Crossplane compositions hiding provider',
      'details from application teams. One speaker paired it with Argo CD so',
      'that claims are reconciled from Git, and another used Cluster API to',
      'stamp out whole clusters the same way. We still keep a few Terraform',
      'modules, and somebody in the hallway swore by Flux instead of ArgoCD,',
      'but the direction of travel was clear: Crossplane as the API our',
      'platform offers, GitOps to feed it, and the helm of the ship firmly in',
      'the hands of the platform team.',
    ].join('\n');
    const mentions = detectTools(text, { heading });
    const found = bySlug(mentions);

    expect(mentions[0].slug).toBe('crossplane');
    expect(found.crossplane).toMatchObject({ count: 3, subject: true });
    expect(found['argo-cd']).toMatchObject({ count: 2, subject: false });
    expect(found['cluster-api'].subject).toBe(false);
    expect(found.terraform.subject).toBe(false);
    expect(found.flux.count).toBe(1);
    expect(found.kubernetes.count).toBe(2);
    expect(found.helm).toBeUndefined();
    expect(found.argo).toBeUndefined();

    const { tools, subjectTools } = mentionsToSlugs(mentions);
    expect(tools[0]).toBe('crossplane');
    expect(subjectTools).toEqual(['crossplane']);
  });
});

describe('mentionsToSlugs', () => {
  it('lists every slug by weight and the subjects among them', () => {
    const result = mentionsToSlugs([
      { slug: 'terraform', count: 1, weight: 0.1, subject: false },
      { slug: 'linkerd', count: 3, weight: 0.95, subject: true },
      { slug: 'istio', count: 2, weight: 0.6, subject: true },
    ]);
    expect(result).toEqual({
      tools: ['linkerd', 'istio', 'terraform'],
      subjectTools: ['linkerd', 'istio'],
    });
  });

  it('merges duplicate slugs, keeping the best position and any subject flag', () => {
    const result = mentionsToSlugs([
      { slug: 'flux', count: 1, weight: 0.2, subject: true },
      { slug: 'helm', count: 1, weight: 0.5, subject: false },
      { slug: 'flux', count: 4, weight: 0.7, subject: false },
    ]);
    expect(result).toEqual({ tools: ['flux', 'helm'], subjectTools: ['flux'] });
  });

  it('handles no mentions', () => {
    expect(mentionsToSlugs([])).toEqual({ tools: [], subjectTools: [] });
  });
});
