import {
  filterRelevantItems,
  relevantItemFilterOptions,
} from './relevantItemFilters';
import { relevanceForComponent } from '../__testUtils__/fixtures';

const { items } = relevanceForComponent;

describe('relevantItemFilterOptions', () => {
  it('offers the tools, conferences (newest first) and years of the items', () => {
    const options = relevantItemFilterOptions(items);
    expect(options.tools).toEqual(['istio', 'linkerd', 'opentelemetry']);
    expect(options.conferences.map(c => c.entityRef)).toEqual([
      'conference:default/kubecon-eu-2022',
      'conference:default/kubecon-na-2022',
      'conference:default/kubecon-eu-2018',
    ]);
    expect(options.years).toEqual([2022, 2018]);
  });
});

describe('filterRelevantItems', () => {
  it('filters by tool, conference and year together', () => {
    const refs = (filter: Parameters<typeof filterRelevantItems>[1]) =>
      filterRelevantItems(items, filter).map(i => i.entityRef);

    expect(refs({})).toHaveLength(3);
    expect(refs({ tool: 'linkerd' })).toEqual([
      'takeaway:default/linkerd-is-enjoyable-111111',
      'takeaway:default/early-mesh-days-444444',
    ]);
    expect(refs({ tool: 'linkerd', year: 2018 })).toEqual([
      'takeaway:default/early-mesh-days-444444',
    ]);
    expect(refs({ conference: 'conference:default/kubecon-na-2022' })).toEqual([
      'talk:default/otel-everywhere-def456',
    ]);
    expect(refs({ tool: 'opentelemetry', year: 2018 })).toEqual([]);
  });
});
