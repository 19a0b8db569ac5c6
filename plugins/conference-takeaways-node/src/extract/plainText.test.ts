import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const WRAPPED = `Notes from KubeCon + CloudNativeCon Europe 2024 in Paris

We sent three engineers to Paris this year. Here is what we think matters
for our platform over the next twelve months, in no particular order.

Cilium keeps replacing kube-proxy

Almost every networking talk assumed eBPF underneath. Teams described
moving from kube-proxy to Cilium and getting Hubble flow logs for free,
and nobody regretted it. The keynote "Scaling Cilium to Ten Thousand
Nodes" by Jane Roe and John Doe showed the limits they hit.

Argo CD is the default for GitOps
Argo CD came up in nearly every hallway conversation about delivery. Flux
users were happy too, but new platforms pick Argo CD for its UI and its
ApplicationSet generator. We should stop maintaining our own sync scripts.

Wrapping up

See you in London next year!
`;

describe('plain-text reports', () => {
  it('reads hard-wrapped text with headings', () => {
    const { entities, problems } = extractEntities([
      file('paris.txt', WRAPPED),
    ]);
    expect(problems).toEqual([]);
    expect(
      entities
        .filter(e => e.kind === 'Conference')
        .map(e => [e.metadata.name, spec(e).city]),
    ).toEqual([['kubecon-eu-2024', 'Paris']]);
    const takeaways = byKind(entities, 'Takeaway').map(spec);
    expect(takeaways.map(t => t.headline).sort()).toEqual([
      'Argo CD is the default for GitOps',
      'Cilium keeps replacing kube-proxy',
    ]);
    const cilium = takeaways.find(t => t.headline.startsWith('Cilium'))!;
    expect(cilium.summary).toMatch(
      /^Almost every networking talk assumed eBPF underneath\. Teams described moving/,
    );
    expect(cilium.tools).toEqual(
      expect.arrayContaining(['cilium', 'ebpf', 'hubble']),
    );
    expect(cilium.subjectTools).toContain('cilium');
    expect(cilium.talks).toHaveLength(1);
    expect(takeaways.find(t => t.headline.startsWith('Argo'))?.tools).toEqual(
      expect.arrayContaining(['argo-cd', 'flux']),
    );
    expect(byKind(entities, 'Talk').map(spec)).toEqual([
      expect.objectContaining({
        title: 'Scaling Cilium to Ten Thousand Nodes',
        speakers: ['Jane Roe', 'John Doe'],
        format: 'keynote',
        tools: ['cilium'],
      }),
    ]);
    expect(spec(byKind(entities, 'Takeaway')[0]).report).toEqual({
      title: 'Notes from KubeCon + CloudNativeCon Europe 2024 in Paris',
    });
  });

  it('splits heading-less text into topics', () => {
    const text = [
      'Back from KubeCon + CloudNativeCon Europe 2024 in Paris. Here is what stuck with me after three busy days.',
      'Another hot topic was platform engineering. Everybody wants golden paths, and Backstage was in every second talk.',
      'It was also the most crowded track, with queues outside every room.',
      'Kyverno replaced OPA Gatekeeper in two of the end-user stories I heard. Both teams liked writing policies as YAML.',
      'This made policy reviews part of normal pull requests for them.',
      'See you in London next year!',
    ].join('\n');
    const { entities, problems } = extractEntities([file('topics.txt', text)]);
    expect(problems).toEqual([]);
    const takeaways = byKind(entities, 'Takeaway').map(spec);
    expect(takeaways.map(t => t.headline).sort()).toEqual([
      'Another hot topic was platform engineering.',
      'Kyverno replaced OPA Gatekeeper in two of the end-user stories I heard.',
    ]);
    const kyverno = takeaways.find(t => t.headline.startsWith('Kyverno'))!;
    expect(kyverno.summary).toContain('part of normal pull requests');
    expect(kyverno.tools).toEqual(
      expect.arrayContaining(['kyverno', 'gatekeeper']),
    );
    expect(takeaways.map(t => t.summary).join()).not.toContain('See you');
  });

  it('reads a numbered list of takeaways', () => {
    const { entities, problems } = extractEntities([
      file(
        'chicago.txt',
        'KubeCon NA 2023 (Chicago) - my top takeaways:\n\n' +
          '1. OpenTelemetry is now the default for new services\n' +
          '2. Backstage adoption keeps growing\n' +
          '3. Kyverno policies are easier to write than Rego\n',
      ),
    ]);
    expect(problems).toEqual([]);
    expect(
      entities.filter(e => e.kind === 'Conference').map(e => e.metadata.name),
    ).toEqual(['kubecon-na-2023']);
    expect(
      byKind(entities, 'Takeaway').map(e => [spec(e).headline, spec(e).tools]),
    ).toEqual(
      expect.arrayContaining([
        [
          'OpenTelemetry is now the default for new services',
          ['opentelemetry'],
        ],
        ['Backstage adoption keeps growing', ['backstage']],
        [
          'Kyverno policies are easier to write than Rego',
          expect.arrayContaining(['kyverno', 'open-policy-agent']),
        ],
      ]),
    );
  });

  it('reads Markdown without frontmatter like plain text, trusting its headings', () => {
    const { entities, problems } = extractEntities([
      file(
        'amsterdam.md',
        '# KubeCon Europe 2023 in Amsterdam\n\nShort intro.\n\n' +
          '## Istio ambient mesh is real.\n\nIstio ambient mode removes sidecars. We will try it.\n\n' +
          '## Talks\n\n- "Ambient Mesh Deep Dive" by Jane Roe & John Doe\n',
      ),
    ]);
    expect(problems).toEqual([]);
    expect(byKind(entities, 'Takeaway').map(e => spec(e).headline)).toEqual([
      'Istio ambient mesh is real',
    ]);
    expect(byKind(entities, 'Talk').map(e => spec(e).title)).toEqual([
      'Ambient Mesh Deep Dive',
    ]);
  });

  it('keeps a report that names no conference, saying what is unknown', () => {
    const { entities, problems } = extractEntities([
      file('x.txt', 'We went to a meetup. Linkerd was great.'),
    ]);
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^no conference could be told from x\.txt/),
    ]);
    const takeaways = byKind(entities, 'Takeaway');
    expect(takeaways).toHaveLength(1);
    expect(spec(takeaways[0]).tools).toEqual(['linkerd']);
    expect(
      takeaways[0].metadata.annotations?.['conference-takeaways.dev/unknown'],
    ).toBe('conference');
  });

  it('makes a report without structure one takeaway', () => {
    const { entities, problems } = extractEntities([
      file('y.txt', 'KubeCon Europe 2022 in Valencia.'),
    ]);
    expect(problems).toEqual([]);
    expect(byKind(entities, 'Takeaway').map(t => spec(t).conference)).toEqual([
      'conference:default/kubecon-eu-2022',
    ]);
  });
});
