import { ToolDictionary } from './ToolDictionary';

const dictionary = ToolDictionary.default();

function slugsIn(text: string): string[] {
  return dictionary.findMentions(text).map(occurrence => occurrence.slug);
}

describe('ToolDictionary.findMentions', () => {
  describe('names that are also English words', () => {
    it.each([
      ['in a state of flux', 'we moved to Flux last year', 'flux'],
      ['the helm of the ship', 'we template with Helm', 'helm'],
      ['harbor a grudge', 'images live in Harbor', 'harbor'],
      ['the contour of the coast', 'ingress via Contour', 'contour'],
      ['keep a steady tempo', 'traces go to Tempo', 'tempo'],
      ['a loki costume party', 'logs land in Loki', 'loki'],
      ['a strict gatekeeper role', 'admission by Gatekeeper', 'gatekeeper'],
      ['sent an envoy to Rome', 'every pod gets an Envoy sidecar', 'envoy'],
      ['the rook moved two squares', 'storage via Rook on bare metal', 'rook'],
      ['the volcano erupted', 'batch jobs scheduled by Volcano', 'volcano'],
      ['a dragonfly landed', 'P2P image pulls with Dragonfly', 'dragonfly'],
      ['ask the notary public', 'signatures via Notary', 'notary'],
      [
        'an emissary of the king',
        'we run Emissary at the edge',
        'emissary-ingress',
      ],
      ['pixie dust everywhere', 'Pixie gives kernel-level visibility', 'pixie'],
      ['the cerebral cortex', 'long-term metrics in Cortex', 'cortex'],
      ['king kong was tall', 'we front APIs with Kong', 'kong'],
      ['a sleepy kuma cub', 'multi-zone mesh with Kuma', 'kuma'],
      ['the nats buzzed', 'events flow over NATS', 'nats'],
      ['a falco is a hawk', 'runtime alerts from Falco', 'falco'],
      ['a backstage pass', 'our portal is built on Backstage', 'backstage'],
      ['what kind of test', 'tests run in a kind cluster', 'kind'],
      ['a litmus test for teams', 'experiments with LitmusChaos', 'litmus'],
      ['a church spire', 'workload identity from SPIRE', 'spire'],
      ['my opa says hi', 'policies written for OPA', 'open-policy-agent'],
      ['a bank vault', 'secrets stay in Vault', 'vault'],
      ['a calico cat', 'network policy with Calico', 'calico'],
      ['a flannel shirt', 'the overlay was Flannel', 'flannel'],
      ['to spin up a cluster', 'apps built with Fermyon Spin', 'spin'],
      ['a vector of attack', 'logs shipped by vector.dev', 'vector'],
      ['the blast radius', 'apps modelled with radapp', 'radius'],
      ['a garden of forking paths', 'inner loop with garden.io', 'garden'],
      ['through the lens of cost', 'cluster browsing in Lens IDE', 'lens'],
    ])('"%s" names nothing, "%s" names %s', (plain, product, slug) => {
      expect(slugsIn(plain)).toEqual([]);
      expect(slugsIn(product)).toEqual([slug]);
    });

    it('accepts unambiguous lower-case forms of case-sensitive tools', () => {
      expect(slugsIn('bootstrap with fluxcd')).toEqual(['flux']);
      expect(slugsIn('three helm charts and a helm release')).toEqual([
        'helm',
        'helm',
      ]);
      expect(slugsIn('the envoyproxy project')).toEqual(['envoy']);
      expect(slugsIn('a goharbor install')).toEqual(['harbor']);
      expect(slugsIn('open policy agent rules')).toEqual(['open-policy-agent']);
    });

    it('only matches kind in its stylised or qualified forms', () => {
      expect(slugsIn('KinD on every laptop')).toEqual(['kind']);
      expect(slugsIn('Kubernetes in Docker')).toEqual(['kind']);
      expect(slugsIn('Kind regards, some kind of kind')).toEqual([]);
      expect(dictionary.resolve('kind')?.slug).toBe('kind');
    });

    it('treats non-English project names case-insensitively', () => {
      expect(slugsIn('linkerd is the darling')).toEqual(['linkerd']);
      expect(slugsIn('LINKERD and Linkerd')).toEqual(['linkerd', 'linkerd']);
      expect(slugsIn('thanos, vitess and keptn')).toEqual([
        'thanos',
        'vitess',
        'keptn',
      ]);
    });
  });

  describe('longest match', () => {
    it('tells the Argo projects apart without double counting', () => {
      const found = dictionary.findMentions(
        'Argo CD deploys, Argo Workflows runs jobs, Argo Rollouts shifts traffic, Argo Events listens, and Argo is the umbrella.',
      );
      expect(found.map(o => [o.slug, o.text])).toEqual([
        ['argo-cd', 'Argo CD'],
        ['argo-workflows', 'Argo Workflows'],
        ['argo-rollouts', 'Argo Rollouts'],
        ['argo-events', 'Argo Events'],
        ['argo', 'Argo'],
      ]);
    });

    it('accepts every common spelling of a multi-word name', () => {
      expect(
        slugsIn('ArgoCD, argocd, Argo-CD, argo_cd, argo-cd and Argo\nCD'),
      ).toEqual(Array(6).fill('argo-cd'));
    });

    it('does not join words across punctuation or long gaps', () => {
      expect(slugsIn('Argo. CD pipelines')).toEqual(['argo']);
      expect(slugsIn('Argo      CD')).toEqual(['argo']);
    });

    it('prefers the qualified product over its parts', () => {
      expect(slugsIn('Grafana Loki and Grafana Tempo next to Grafana')).toEqual(
        ['loki', 'tempo', 'grafana'],
      );
      expect(slugsIn('OPA Gatekeeper')).toEqual(['gatekeeper']);
      expect(slugsIn('Envoy Gateway in front of Envoy')).toEqual([
        'envoy-gateway',
        'envoy',
      ]);
      expect(slugsIn('Amazon Elastic Kubernetes Service')).toEqual(['eks']);
    });

    it('reports offsets and the text as written', () => {
      const text = 'We run ArgoCD.';
      const [found] = dictionary.findMentions(text);
      expect(found).toEqual({
        slug: 'argo-cd',
        start: 7,
        end: 13,
        text: 'ArgoCD',
      });
      expect(text.slice(found.start, found.end)).toBe('ArgoCD');
    });
  });

  describe('word boundaries', () => {
    it('matches whole words only', () => {
      // Words that merely start like a tool name never match.
      expect(slugsIn('kubelet logs and kubecfg')).toEqual([]);
      expect(slugsIn('Istios and Prometheuses')).toEqual([]);
      expect(slugsIn('superhelm and reflux')).toEqual([]);
    });

    it('matches possessives and hyphenated compounds', () => {
      expect(slugsIn("Envoy's filters and Istio’s control plane")).toEqual([
        'envoy',
        'istio',
      ]);
      expect(slugsIn('an Istio-based mesh, non-Kubernetes workloads')).toEqual([
        'istio',
        'kubernetes',
      ]);
    });

    it('requires the written separator of hyphenated names', () => {
      expect(slugsIn('cert-manager issues certificates')).toEqual([
        'cert-manager',
      ]);
      expect(slugsIn('a cert manager for the team')).toEqual([]);
      expect(slugsIn('CRI-O or crio')).toEqual(['cri-o', 'cri-o']);
    });

    it('ignores words inside URLs other than repository links', () => {
      expect(
        slugsIn(
          'see https://linkerd.io/2.14 and https://kccncna.sched.com/event/1/istio-talk',
        ),
      ).toEqual([]);
      expect(slugsIn('[Linkerd docs](https://linkerd.io) were great')).toEqual([
        'linkerd',
      ]);
    });

    it('reads a bare repository link as its project', () => {
      expect(slugsIn('Code: https://github.com/kedacore/keda')).toEqual([
        'keda',
      ]);
      expect(slugsIn('see <https://gitlab.com/someone/Thanos.git>')).toEqual([
        'thanos',
      ]);
      // an unknown repository, and a link whose text already names it
      expect(slugsIn('https://github.com/someone/dotfiles')).toEqual([]);
      expect(
        slugsIn('[the KEDA repo](https://github.com/kedacore/keda)'),
      ).toEqual(['keda']);
    });

    it('finds nothing in empty or tool-free text', () => {
      expect(slugsIn('')).toEqual([]);
      expect(slugsIn('We had coffee and talked about hiring.')).toEqual([]);
    });
  });

  describe('lists of tools', () => {
    it('reads an ambiguous name as the tool when it is listed with tools', () => {
      expect(slugsIn('logs via otel (or vector/fluentbit)')).toEqual([
        'opentelemetry',
        'vector',
        'fluent-bit',
      ]);
      expect(slugsIn('we tried Thanos, cortex and mimir')).toEqual([
        'thanos',
        'cortex',
        'mimir',
      ]);
      expect(slugsIn('local clusters with kind/minikube')).toEqual([
        'kind',
        'minikube',
      ]);
      expect(slugsIn('Options:\n\n- dragonfly\n- **Harbor**\n')).toEqual([
        'dragonfly',
        'harbor',
      ]);
    });

    it('needs a neighbouring tool and a whole list element', () => {
      expect(slugsIn('a dragonfly, a bee and a moth')).toEqual([]);
      expect(slugsIn('Thanos and vector databases')).toEqual(['thanos']);
      // Kubernetes is everywhere, so it vouches for nothing
      expect(slugsIn('Kubernetes and vault')).toEqual(['kubernetes']);
      expect(slugsIn('- Scale\n- Distribution\n- Security')).toEqual([]);
    });
  });

  describe('other spellings', () => {
    it('accepts a CamelCase name written as separate capitalised words', () => {
      expect(slugsIn('a Jupyter Hub per team')).toEqual(['jupyterhub']);
      expect(slugsIn('Open Telemetry collectors')).toEqual(['opentelemetry']);
      expect(slugsIn('a jupyter hub of ideas')).toEqual([]);
    });

    it('accepts the plural of a multi-word name', () => {
      expect(slugsIn('both Open Policy Agents')).toEqual(['open-policy-agent']);
      expect(slugsIn('two Gateway APIs')).toEqual(['gateway-api']);
    });

    it('does not read a company as its product', () => {
      expect(slugsIn('Jane Doe, Kong Inc. and John Roe, Docker, Inc.')).toEqual(
        [],
      );
      expect(slugsIn('we front APIs with Kong')).toEqual(['kong']);
      expect(slugsIn('Runbooks | Jane Doe @ GitLab, by @kong')).toEqual([]);
    });

    it('does not read place names that contain a tool name', () => {
      expect(slugsIn('KubeCon China in Hong Kong')).toEqual([]);
      expect(slugsIn('Kong in Hong Kong')).toEqual(['kong']);
    });

    it('does not read everyday-word names in a heading', () => {
      expect(
        dictionary
          .findMentions('AI Model Distribution', { heading: true })
          .map(o => o.slug),
      ).toEqual([]);
      expect(
        dictionary
          .findMentions('Harbor and Distribution', { heading: true })
          .map(o => o.slug),
      ).toEqual(['harbor']);
    });
  });

  describe('aliases', () => {
    it.each([
      ['OTel collectors everywhere', 'opentelemetry'],
      ['K8s upgrades', 'kubernetes'],
      ['k8s upgrades', 'kubernetes'],
      ['Open Policy Agent', 'open-policy-agent'],
      ['the CAPI providers', 'cluster-api'],
      ['Cluster API providers', 'cluster-api'],
      ['Fluent Bit sidecars', 'fluent-bit'],
      ['KEDA scalers', 'keda'],
      ['SPIFFE identities', 'spiffe'],
      ['Wasm modules', 'webassembly'],
      ['WebAssembly components', 'webassembly'],
      ['eBPF programs', 'ebpf'],
      ['the Gateway API HTTPRoute', 'gateway-api'],
      ['Service Mesh Interface', 'service-mesh-interface'],
      ['FluxCD bootstrap', 'flux'],
    ])('"%s" names %s', (text, slug) => {
      expect(slugsIn(text)).toEqual([slug]);
    });
  });
});
