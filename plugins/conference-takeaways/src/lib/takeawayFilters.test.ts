import { filterTakeaways } from './takeawayFilters';
import { ConferenceIndex } from './conferences';
import { conferences, takeaway, takeaways } from '../__testUtils__/fixtures';

const names = (list: typeof takeaways) => list.map(t => t.metadata.name);

describe('filterTakeaways', () => {
  const index = new ConferenceIndex(conferences);

  it('matches everything without filters', () => {
    expect(filterTakeaways(takeaways, index, {})).toHaveLength(
      takeaways.length,
    );
  });

  it('filters by any mentioned tool', () => {
    expect(names(filterTakeaways(takeaways, index, { tool: 'istio' }))).toEqual(
      [
        'linkerd-is-enjoyable-111111',
        'mesh-comparison-222222',
        'early-mesh-days-444444',
      ],
    );
  });

  it('filters by conference and by year', () => {
    expect(
      names(
        filterTakeaways(takeaways, index, {
          conference: 'conference:default/kubecon-eu-2022',
        }),
      ),
    ).toEqual(['linkerd-is-enjoyable-111111']);
    expect(
      names(
        filterTakeaways(takeaways, index, { conference: 'KubeCon-EU-2022' }),
      ),
    ).toEqual(['linkerd-is-enjoyable-111111']);
    expect(names(filterTakeaways(takeaways, index, { year: 2018 }))).toEqual([
      'early-mesh-days-444444',
    ]);
  });

  it('searches all words in headline, summary and report, ignoring case', () => {
    expect(
      names(filterTakeaways(takeaways, index, { text: 'OTEL   instruments' })),
    ).toEqual(['otel-is-the-standard-333333']);
    expect(
      names(filterTakeaways(takeaways, index, { text: 'jane copenhagen' })),
    ).toEqual(['early-mesh-days-444444']);
    expect(filterTakeaways(takeaways, index, { text: 'nomad' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(
      names(
        filterTakeaways(takeaways, index, {
          tool: 'linkerd',
          year: 2022,
          text: 'ambient',
        }),
      ),
    ).toEqual(['mesh-comparison-222222']);
  });

  it('keeps a takeaway whose conference was not identified, except under conference or year filters', () => {
    const unknown = takeaway('unknown-conference-555555', {
      headline: 'Helm charts need tests',
      tools: ['helm'],
    });
    const all = [...takeaways, unknown];

    expect(names(filterTakeaways(all, index, {}))).toContain(
      'unknown-conference-555555',
    );
    expect(names(filterTakeaways(all, index, { tool: 'helm' }))).toEqual([
      'unknown-conference-555555',
    ]);
    expect(names(filterTakeaways(all, index, { text: 'charts' }))).toEqual([
      'unknown-conference-555555',
    ]);
    expect(
      names(
        filterTakeaways(all, index, {
          conference: 'conference:default/kubecon-eu-2022',
        }),
      ),
    ).not.toContain('unknown-conference-555555');
    expect(names(filterTakeaways(all, index, { year: 2022 }))).not.toContain(
      'unknown-conference-555555',
    );
  });
});
