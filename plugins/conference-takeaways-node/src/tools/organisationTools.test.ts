import { Entity } from '@backstage/catalog-model';
import {
  detectTools,
  ToolDictionary,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { withOrganisationTools } from './organisationTools';

const base = new ToolDictionary([
  { slug: 'kubernetes', name: 'Kubernetes', ubiquitous: true },
  { slug: 'linkerd', name: 'Linkerd' },
]);

function entity(
  kind: string,
  name: string,
  annotations: Record<string, string>,
  title?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, annotations, ...(title ? { title } : {}) },
  };
}

const slugsIn = (dictionary: ToolDictionary, text: string) =>
  detectTools(text, { dictionary })
    .map(m => m.slug)
    .sort();

describe('withOrganisationTools', () => {
  it('recognises the tools the organisation runs but the dictionary lacks', () => {
    const dictionary = withOrganisationTools(base, {
      toolEntities: [
        entity(
          'Resource',
          'paymesh',
          {
            'conference-takeaways.dev/tool': 'paymesh',
            'conference-takeaways.dev/tool-aliases': 'pm-mesh',
          },
          'PayMesh',
        ),
      ],
      components: [
        entity('Component', 'payments', {
          'conference-takeaways.dev/tools': 'linkerd, Vaultwarden',
        }),
      ],
      radarEntries: [{ id: 'atlas', title: 'Atlas' }],
    });

    expect(
      slugsIn(
        dictionary,
        'We run PayMesh (pm-mesh) next to Vaultwarden, Atlas and Linkerd.',
      ),
    ).toEqual(['atlas', 'linkerd', 'paymesh', 'vaultwarden']);
    // Taken as the organisation writes them, not as everyday words.
    expect(slugsIn(dictionary, 'The atlas of our estate.')).toEqual([]);
    expect(slugsIn(base, 'We run PayMesh next to Vaultwarden.')).toEqual([]);
  });

  it('adds the title of a tool entity for a known tool as a spelling', () => {
    const dictionary = withOrganisationTools(base, {
      toolEntities: [
        entity(
          'Resource',
          'mesh',
          { 'conference-takeaways.dev/tool': 'linkerd' },
          'Our Service Mesh',
        ),
      ],
    });
    expect(dictionary.size).toBe(base.size);
    expect(dictionary.resolve('Our Service Mesh')?.slug).toBe('linkerd');
  });

  it('skips what clashes or is unusable and keeps the rest', () => {
    const dictionary = withOrganisationTools(base, {
      toolEntities: [
        entity('Resource', 'odd', { 'conference-takeaways.dev/tool': '!!!' }),
      ],
      radarEntries: [
        { id: 'k8s', title: 'kubernetes' },
        { id: 'x', title: '---' },
        { id: 'grafana', title: 'Grafana' },
      ],
    });
    expect(dictionary.size).toBe(base.size + 1);
    expect(dictionary.get('grafana')?.name).toBe('Grafana');
  });
});
