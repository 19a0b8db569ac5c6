import { Entity } from '@backstage/catalog-model';
import { testDictionary as dictionary } from '../relevance/testDictionary';
import { serviceEntities, toolEntities } from './testData';
import { findToolUsers, teamsOfUsers } from './toolUsers';

describe('findToolUsers', () => {
  const users = findToolUsers(serviceEntities, { dictionary, toolEntities });

  it('counts tags, the tools annotation and dependencies on tool records', () => {
    expect(users.get('linkerd')?.map(u => [u.entityRef, u.sources])).toEqual([
      ['api:default/payments-http-api', [{ type: 'tag' }]],
      ['component:default/fraud-scoring', [{ type: 'annotation' }]],
      ['component:default/payments-api', [{ type: 'tag' }]],
    ]);
    expect(users.get('opentelemetry')?.map(u => u.entityRef)).toEqual([
      'component:default/fraud-scoring',
    ]);
    expect(users.get('istio')).toEqual([
      {
        entityRef: 'component:default/checkout',
        kind: 'Component',
        title: 'Checkout',
        owners: ['group:default/checkout-team'],
        sources: [{ type: 'dependency', entityRef: 'resource:default/istio' }],
      },
    ]);
  });

  it('lists no entry for tools nobody uses, nor for tags that are no tools', () => {
    expect([...users.keys()].sort()).toEqual([
      'istio',
      'linkerd',
      'opentelemetry',
    ]);
  });

  it('does not count a tool record as a user of its own tool', () => {
    const meshComponent: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'mesh',
        namespace: 'default',
        tags: ['cilium'],
        annotations: { 'conference-takeaways.dev/tool': 'linkerd' },
      },
      spec: {},
    };

    const found = findToolUsers([meshComponent], {
      dictionary,
      toolEntities: [],
    });

    expect([...found.keys()]).toEqual(['cilium']);
  });

  it('gives each user its owners, from relations or spec.owner', () => {
    const owners = new Map(
      users.get('linkerd')?.map(u => [u.entityRef, u.owners]),
    );

    expect(owners.get('component:default/payments-api')).toEqual([
      'group:default/payments-team',
    ]);
    expect(owners.get('component:default/fraud-scoring')).toEqual([
      'group:default/risk-team',
    ]);
  });
});

describe('teamsOfUsers', () => {
  it('groups users by owner, most users first', () => {
    const users = findToolUsers(serviceEntities, { dictionary, toolEntities });

    expect(teamsOfUsers(users.get('linkerd') ?? [])).toEqual([
      {
        entityRef: 'group:default/payments-team',
        uses: [
          'api:default/payments-http-api',
          'component:default/payments-api',
        ],
        usesTotal: 2,
      },
      {
        entityRef: 'group:default/risk-team',
        uses: ['component:default/fraud-scoring'],
        usesTotal: 1,
      },
    ]);
  });
});
