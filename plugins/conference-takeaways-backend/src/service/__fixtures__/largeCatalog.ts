import { Entity } from '@backstage/catalog-model';

/*
 * A catalog the size of one hostile report's output: thousands of takeaways
 * and talks about linkerd spread over ten conferences, a few hundred that
 * merely mention it, and thousands of components using it, owned by dozens
 * of teams. Every entity is small and of bounded size, so a response's size
 * follows from how many entities it lists.
 */

const API_VERSION = 'conference-takeaways.dev/v1alpha1';

export interface LargeCatalogSize {
  takeaways: number;
  talks: number;
  components: number;
  teams: number;
}

/** Longest JSON of one listed takeaway, talk, user or team as a response carries it. */
export const MAX_LISTED_ENTITY_BYTES = 1024;

function conferenceName(index: number) {
  return `kubecon-eu-${2015 + (index % 10)}`;
}

export function largeCatalog(size: LargeCatalogSize): Entity[] {
  const conferences: Entity[] = Array.from({ length: 10 }, (_, i) => ({
    apiVersion: API_VERSION,
    kind: 'Conference',
    metadata: { name: conferenceName(i), namespace: 'default' },
    spec: {
      series: 'KubeCon + CloudNativeCon',
      year: 2015 + i,
      startDate: `${2015 + i}-05-01`,
    },
  }));
  const takeaways: Entity[] = Array.from({ length: size.takeaways }, (_, i) => {
    // every tenth only mentions linkerd; a few have no conference at all
    const subject = i % 10 === 0 ? 'istio' : 'linkerd';
    return {
      apiVersion: API_VERSION,
      kind: 'Takeaway',
      metadata: { name: `bulk-takeaway-${i}`, namespace: 'default' },
      spec: {
        headline: `Bulk lesson number ${i} about ${subject}`,
        summary: `Section ${i} of a very long report.`,
        report: { title: 'A report with ten thousand sections' },
        ...(i % 97 === 0
          ? {}
          : { conference: `conference:default/${conferenceName(i)}` }),
        tools: ['linkerd', 'istio'],
        subjectTools: [subject],
      },
    };
  });
  const talks: Entity[] = Array.from({ length: size.talks }, (_, i) => ({
    apiVersion: API_VERSION,
    kind: 'Talk',
    metadata: { name: `bulk-talk-${i}`, namespace: 'default' },
    spec: {
      title: `Linkerd in anger, part ${i}`,
      speakers: ['Speaker One', 'Speaker Two'],
      conference: `conference:default/${conferenceName(i)}`,
      recordingUrl: `https://www.youtube.com/watch?v=bulk${i}`,
      tools: ['linkerd'],
    },
  }));
  const components: Entity[] = Array.from(
    { length: size.components },
    (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `bulk-service-${i}`,
        namespace: 'default',
        tags: ['linkerd'],
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `bulk-team-${i % size.teams}`,
      },
      relations: [
        {
          type: 'ownedBy',
          targetRef: `group:default/bulk-team-${i % size.teams}`,
        },
      ],
    }),
  );
  return [...conferences, ...takeaways, ...talks, ...components];
}
