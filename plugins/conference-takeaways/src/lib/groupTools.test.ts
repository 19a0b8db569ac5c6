import { summarizeGroupTools } from './groupTools';
import { relevanceForGroup } from '../__testUtils__/fixtures';

describe('summarizeGroupTools', () => {
  it('counts distinct owned components per tool, most used first', () => {
    const summary = summarizeGroupTools(relevanceForGroup);
    expect(summary.map(s => [s.tool.slug, s.componentRefs])).toEqual([
      ['linkerd', ['component:default/checkout', 'component:default/payments']],
      ['opentelemetry', ['component:default/checkout']],
    ]);
  });

  it('lists the newest items about each tool, limited', () => {
    const [linkerd, otel] = summarizeGroupTools(relevanceForGroup, 1);
    expect(linkerd.latest.map(i => i.entityRef)).toEqual([
      'takeaway:default/linkerd-is-enjoyable-111111',
    ]);
    expect(otel.latest.map(i => i.entityRef)).toEqual([
      'talk:default/otel-everywhere-def456',
    ]);
  });

  it('returns nothing for a team without tools', () => {
    expect(summarizeGroupTools({ ...relevanceForGroup, tools: [] })).toEqual(
      [],
    );
  });
});
