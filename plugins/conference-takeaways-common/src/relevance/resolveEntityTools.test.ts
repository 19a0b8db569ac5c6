import { Entity } from '@backstage/catalog-model';
import { dependencyRefsOf } from './refs';
import { resolveEntityTools } from './resolveEntityTools';
import { testDictionary as dictionary } from './testDictionary';

function entity(
  kind: string,
  name: string,
  extra: {
    tags?: string[];
    annotations?: Record<string, string>;
    relations?: Entity['relations'];
    spec?: Entity['spec'];
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      tags: extra.tags,
      annotations: extra.annotations,
    },
    spec: extra.spec ?? {},
    relations: extra.relations,
  };
}

const toolRecord = (name: string, slug: string) =>
  entity('Resource', name, {
    annotations: { 'conference-takeaways.dev/tool': slug },
  });

describe('resolveEntityTools', () => {
  it('resolves tags through the dictionary, by slug or alias, ignoring other tags', () => {
    const service = entity('Component', 'payments', {
      tags: ['linkerd', 'otel', 'java', 'argocd'],
    });

    expect(resolveEntityTools(service, { dictionary })).toEqual([
      { slug: 'linkerd', name: 'Linkerd', sources: [{ type: 'tag' }] },
      {
        slug: 'opentelemetry',
        name: 'OpenTelemetry',
        sources: [{ type: 'tag' }],
      },
      { slug: 'argo-cd', name: 'Argo CD', sources: [{ type: 'tag' }] },
    ]);
  });

  it('reads the tools annotation, comma or whitespace separated', () => {
    const service = entity('Component', 'payments', {
      annotations: {
        'conference-takeaways.dev/tools': 'Argo CD otel, nope cilium,, ',
      },
    });

    expect(
      resolveEntityTools(service, { dictionary }).map(t => [t.slug, t.sources]),
    ).toEqual([
      ['argo-cd', [{ type: 'annotation' }]],
      ['opentelemetry', [{ type: 'annotation' }]],
      ['cilium', [{ type: 'annotation' }]],
    ]);
  });

  it('takes tools from dependsOn and consumesApi targets annotated as tools', () => {
    const service = entity('Component', 'payments', {
      relations: [
        { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
        { type: 'consumesApi', targetRef: 'api:default/tracing' },
        { type: 'ownedBy', targetRef: 'resource:default/mesh' },
      ],
    });
    const dependencies = [
      toolRecord('payments-db', 'cilium'),
      { ...toolRecord('tracing', 'OTel'), kind: 'API' },
      toolRecord('mesh', 'linkerd'),
    ];

    expect(resolveEntityTools(service, { dictionary, dependencies })).toEqual([
      {
        slug: 'opentelemetry',
        name: 'OpenTelemetry',
        sources: [{ type: 'dependency', entityRef: 'api:default/tracing' }],
      },
      {
        slug: 'cilium',
        name: 'Cilium',
        sources: [
          { type: 'dependency', entityRef: 'resource:default/payments-db' },
        ],
      },
    ]);
  });

  it('reads dependencies from the spec when relations are not stitched yet', () => {
    const service = entity('Component', 'payments', {
      spec: { dependsOn: ['resource:payments-db'], consumesApis: ['tracing'] },
    });

    expect(dependencyRefsOf(service)).toEqual([
      'api:default/tracing',
      'resource:default/payments-db',
    ]);
  });

  it('keeps tools the organisation records that the dictionary does not know', () => {
    const service = entity('Component', 'payments', {
      relations: [{ type: 'dependsOn', targetRef: 'resource:default/vault' }],
    });
    const vault = {
      ...toolRecord('vault', 'vault'),
      metadata: {
        name: 'vault',
        namespace: 'default',
        title: 'HashiCorp Vault',
        annotations: { 'conference-takeaways.dev/tool': 'vault' },
      },
    };

    expect(
      resolveEntityTools(service, { dictionary, dependencies: [vault] }),
    ).toEqual([
      {
        slug: 'vault',
        name: 'HashiCorp Vault',
        sources: [
          {
            type: 'dependency',
            entityRef: 'resource:default/vault',
            // the dependency's title, so sentences name it as people do
            title: 'HashiCorp Vault',
          },
        ],
      },
    ]);
  });

  it('treats a tool record entity as using its own tool', () => {
    expect(
      resolveEntityTools(toolRecord('linkerd', 'linkerd'), { dictionary }),
    ).toEqual([
      { slug: 'linkerd', name: 'Linkerd', sources: [{ type: 'annotation' }] },
    ]);
  });

  it('gives a group the union of the tools of the components it owns', () => {
    const team = entity('Group', 'payments-team', { tags: ['linkerd'] });
    const payments = entity('Component', 'payments', { tags: ['linkerd'] });
    const ledger = entity('Component', 'ledger', {
      annotations: { 'conference-takeaways.dev/tools': 'istio' },
      relations: [
        { type: 'dependsOn', targetRef: 'resource:default/payments-db' },
      ],
    });

    expect(
      resolveEntityTools(team, {
        dictionary,
        ownedComponents: [payments, ledger],
        dependencies: [toolRecord('payments-db', 'cilium')],
      }),
    ).toEqual([
      {
        slug: 'linkerd',
        name: 'Linkerd',
        sources: [
          { type: 'tag' },
          {
            type: 'owned-component',
            entityRef: 'component:default/payments',
          },
        ],
      },
      {
        slug: 'istio',
        name: 'Istio',
        sources: [
          { type: 'owned-component', entityRef: 'component:default/ledger' },
        ],
      },
      {
        slug: 'cilium',
        name: 'Cilium',
        sources: [
          { type: 'owned-component', entityRef: 'component:default/ledger' },
        ],
      },
    ]);
  });

  it('gives the same answer whatever order the catalog returns components in', () => {
    const team = entity('Group', 'payments-team');
    const payments = entity('Component', 'payments', { tags: ['linkerd'] });
    const ledger = entity('Component', 'ledger', {
      tags: ['linkerd', 'istio'],
    });

    const forward = resolveEntityTools(team, {
      dictionary,
      ownedComponents: [payments, ledger],
    });
    const backward = resolveEntityTools(team, {
      dictionary,
      ownedComponents: [ledger, payments],
    });

    expect(backward).toEqual(forward);
    expect(forward[0].sources.map(s => s.entityRef)).toEqual([
      'component:default/ledger',
      'component:default/payments',
    ]);
  });

  it('dedupes a tool found several ways, merging distinct sources', () => {
    const service = entity('Component', 'payments', {
      tags: ['linkerd', 'Linkerd'],
      annotations: { 'conference-takeaways.dev/tools': 'linkerd' },
      relations: [{ type: 'dependsOn', targetRef: 'resource:default/mesh' }],
    });

    expect(
      resolveEntityTools(service, {
        dictionary,
        dependencies: [toolRecord('mesh', 'linkerd')],
      }),
    ).toEqual([
      {
        slug: 'linkerd',
        name: 'Linkerd',
        sources: [
          { type: 'tag' },
          { type: 'annotation' },
          { type: 'dependency', entityRef: 'resource:default/mesh' },
        ],
      },
    ]);
  });

  it('returns nothing for an entity without tools', () => {
    const service = entity('Component', 'legacy', { tags: ['cobol'] });

    expect(resolveEntityTools(service, { dictionary })).toEqual([]);
  });
});
