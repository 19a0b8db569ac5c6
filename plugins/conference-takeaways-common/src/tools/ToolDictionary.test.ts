import { TOOL_DICTIONARY } from './data';
import { ToolDictionary } from './ToolDictionary';
import { ToolDefinition } from './types';

const dictionary = ToolDictionary.default();

describe('ToolDictionary', () => {
  describe('resolve', () => {
    it.each([
      ['argocd', 'argo-cd'],
      ['argo-cd', 'argo-cd'],
      ['Argo CD', 'argo-cd'],
      ['ARGO_CD', 'argo-cd'],
      ['otel', 'opentelemetry'],
      ['OpenTelemetry', 'opentelemetry'],
      ['open-policy-agent', 'open-policy-agent'],
      ['opa', 'open-policy-agent'],
      ['Open Policy Agent', 'open-policy-agent'],
      ['k8s', 'kubernetes'],
      ['K8s', 'kubernetes'],
      ['flux', 'flux'],
      ['fluxcd', 'flux'],
      ['helm', 'helm'],
      ['capi', 'cluster-api'],
      ['cert-manager', 'cert-manager'],
      ['certmanager', 'cert-manager'],
      ['fluent bit', 'fluent-bit'],
      ['wasm', 'webassembly'],
      ['crio', 'cri-o'],
      ['  linkerd  ', 'linkerd'],
      ['vector', 'vector'],
    ])('resolves %j to %s', (value, slug) => {
      expect(dictionary.resolve(value)?.slug).toBe(slug);
    });

    it('returns undefined for unknown or empty values', () => {
      expect(dictionary.resolve('definitely-not-a-tool')).toBeUndefined();
      expect(dictionary.resolve('')).toBeUndefined();
      expect(dictionary.resolve(' - ')).toBeUndefined();
      expect(dictionary.resolve(42 as unknown as string)).toBeUndefined();
    });
  });

  describe('get and list', () => {
    it('finds tools by exact slug only', () => {
      expect(dictionary.get('argo-cd')?.name).toBe('Argo CD');
      expect(dictionary.get('ArgoCD')).toBeUndefined();
    });

    it('lists every definition in order and cannot be mutated through it', () => {
      const list = dictionary.list();
      expect(list).toHaveLength(TOOL_DICTIONARY.length);
      expect(list.map(t => t.slug)).toEqual(TOOL_DICTIONARY.map(t => t.slug));
      list.pop();
      expect(dictionary.list()).toHaveLength(TOOL_DICTIONARY.length);
      const linkerd = dictionary.get('linkerd')!;
      expect(() => {
        (linkerd as { name: string }).name = 'changed';
      }).toThrow();
      expect(dictionary.size).toBe(TOOL_DICTIONARY.length);
    });

    it('returns the same default dictionary each time', () => {
      expect(ToolDictionary.default()).toBe(dictionary);
    });
  });

  describe('with', () => {
    it('adds a tool with a new slug without touching the original', () => {
      const extended = dictionary.with([
        { slug: 'meshy', name: 'Meshy', aliases: ['our mesh'] },
      ]);
      expect(extended.resolve('our-mesh')?.slug).toBe('meshy');
      expect(extended.findMentions('Meshy rocks').map(o => o.slug)).toEqual([
        'meshy',
      ]);
      expect(extended.size).toBe(dictionary.size + 1);
      expect(dictionary.get('meshy')).toBeUndefined();
    });

    it('merges aliases into an existing slug and keeps its other fields', () => {
      const extended = dictionary.with([
        {
          slug: 'linkerd',
          name: 'Buoyant Linkerd',
          aliases: ['our-mesh'],
          category: 'something-else',
          ubiquitous: true,
        },
      ]);
      const linkerd = extended.get('linkerd')!;
      expect(linkerd.name).toBe('Linkerd');
      expect(linkerd.category).toBe('service-mesh');
      expect(linkerd.ubiquitous).toBe(true);
      expect(linkerd.aliases).toEqual(
        expect.arrayContaining(['Linkerd2', 'our-mesh', 'Buoyant Linkerd']),
      );
      expect(extended.resolve('our mesh')?.slug).toBe('linkerd');
      expect(extended.findMentions('Buoyant Linkerd').map(o => o.text)).toEqual(
        ['Buoyant Linkerd'],
      );
      expect(extended.size).toBe(dictionary.size);
    });

    it('keeps the casing rule of the tool it extends', () => {
      const extended = dictionary.with([
        { slug: 'flux', name: 'Flux', aliases: ['Weave Flux'] },
      ]);
      expect(extended.findMentions('Weave Flux').map(o => o.slug)).toEqual([
        'flux',
      ]);
      expect(extended.findMentions('weave flux')).toEqual([]);
    });

    it('rejects an extra whose alias belongs to another tool', () => {
      expect(() =>
        dictionary.with([
          { slug: 'my-mesh', name: 'My mesh', aliases: ['Istio'] },
        ]),
      ).toThrow(
        'Tool "my-mesh" spelling "Istio" is already used by tool "istio"',
      );
    });

    it('rejects an invalid extra, naming it and the field', () => {
      expect(() =>
        dictionary.with([{ slug: 'Bad Slug', name: 'Bad' } as ToolDefinition]),
      ).toThrow(/Invalid tool definition "Bad Slug": slug must be/);
      expect(() =>
        dictionary.with([
          { slug: 'plain', name: 'Plain', homepage: 'http://plain.example' },
        ]),
      ).toThrow(/"plain": homepage must be an https URL/);
    });
  });

  describe('constructor', () => {
    it('rejects duplicate slugs', () => {
      expect(
        () =>
          new ToolDictionary([
            { slug: 'a', name: 'A' },
            { slug: 'a', name: 'Another A' },
          ]),
      ).toThrow('Duplicate tool slug "a"');
    });

    it('rejects a partOf that names no tool', () => {
      expect(
        () => new ToolDictionary([{ slug: 'a', name: 'A', partOf: 'nothing' }]),
      ).toThrow(/"a": partOf names unknown tool "nothing"/);
    });

    it('rejects names that differ only by case or separators', () => {
      expect(
        () =>
          new ToolDictionary([
            { slug: 'one', name: 'Foo Bar' },
            { slug: 'two', name: 'foo-bar' },
          ]),
      ).toThrow(/spelling "foo-bar" is already used by tool "one"/);
    });

    it('works with an empty list', () => {
      const empty = new ToolDictionary([]);
      expect(empty.list()).toEqual([]);
      expect(empty.findMentions('Linkerd')).toEqual([]);
    });
  });
});

describe('TOOL_DICTIONARY', () => {
  it('holds at least 160 tools with unique slugs', () => {
    expect(TOOL_DICTIONARY.length).toBeGreaterThanOrEqual(160);
    const slugs = TOOL_DICTIONARY.map(t => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('gives every tool a maturity, a category and an https homepage', () => {
    for (const tool of TOOL_DICTIONARY) {
      expect({ slug: tool.slug, maturity: tool.maturity }).toEqual({
        slug: tool.slug,
        maturity: expect.stringMatching(
          /^(graduated|incubating|sandbox|none)$/,
        ),
      });
      expect(tool.category).toMatch(/^[a-z-]+$/);
      expect(new URL(tool.homepage!).protocol).toBe('https:');
    }
  });

  it('marks only Kubernetes as ubiquitous', () => {
    expect(TOOL_DICTIONARY.filter(t => t.ubiquitous).map(t => t.slug)).toEqual([
      'kubernetes',
    ]);
  });

  it('marks tools outside the CNCF as none', () => {
    for (const slug of [
      'terraform',
      'vault',
      'kafka',
      'jenkins',
      'docker',
      'github-actions',
      'datadog',
    ]) {
      expect(dictionary.get(slug)?.maturity).toBe('none');
    }
  });

  it.each([
    'flux',
    'helm',
    'kong',
    'kuma',
    'nats',
    'harbor',
    'contour',
    'tempo',
    'loki',
    'gatekeeper',
    'envoy',
    'falco',
    'kind',
    'backstage',
    'rook',
    'volcano',
    'dragonfly',
    'notary',
    'emissary-ingress',
    'pixie',
    'cortex',
  ])('treats %s, whose name is also a word, case-sensitively', slug => {
    const tool = dictionary.get(slug)!;
    expect(tool.caseSensitive === true || tool.matchName === false).toBe(true);
  });

  it('includes the concepts teams adopt like tools', () => {
    for (const slug of [
      'ebpf',
      'webassembly',
      'gateway-api',
      'service-mesh-interface',
    ]) {
      expect(dictionary.get(slug)?.concept).toBe(true);
    }
  });
});
