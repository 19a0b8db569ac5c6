import { buildToolTrends } from './toolTrends';
import { ConferenceIndex } from './conferences';
import { conferences, takeaway, takeaways } from '../__testUtils__/fixtures';

describe('buildToolTrends', () => {
  const index = new ConferenceIndex(conferences);

  it('counts subject tools per conference, conferences in date order', () => {
    const trends = buildToolTrends(takeaways, index);

    expect(trends.rows.map(row => [row.conference.ref, row.counts])).toEqual([
      ['conference:default/kubecon-eu-2018', { linkerd: 1 }],
      ['conference:default/kubecon-eu-2022', { linkerd: 1 }],
      [
        'conference:default/kubecon-na-2022',
        { istio: 1, linkerd: 1, opentelemetry: 1 },
      ],
    ]);
  });

  it('ranks tools by how often they were a subject', () => {
    expect(buildToolTrends(takeaways, index).tools).toEqual([
      { slug: 'linkerd', count: 3 },
      { slug: 'istio', count: 1 },
      { slug: 'opentelemetry', count: 1 },
    ]);
  });

  it('keeps takeaways of conferences missing from the catalog', () => {
    const orphan = takeaway('o', {
      headline: 'h',
      conference: 'conference:default/kubecon-jp-2025',
      subjectTools: ['helm', 'helm'],
    });
    const trends = buildToolTrends([orphan], index);
    expect(trends.rows).toHaveLength(1);
    expect(trends.rows[0].conference).toMatchObject({
      title: 'kubecon-jp-2025',
      year: 2025,
    });
    expect(trends.rows[0].counts).toEqual({ helm: 1 });
  });

  it('leaves out takeaways whose conference was not identified, and counts the rest', () => {
    const unknown = takeaway('u', { headline: 'h', subjectTools: ['helm'] });
    const trends = buildToolTrends([...takeaways, unknown], index);

    expect(trends).toEqual(buildToolTrends(takeaways, index));
  });

  it('skips takeaways whose conference ref is unusable', () => {
    const broken = takeaway('b', { headline: 'h', conference: '' });
    expect(buildToolTrends([broken], index)).toEqual({ rows: [], tools: [] });
  });
});
