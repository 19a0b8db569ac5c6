import { ToolUser } from './types';
import { describeToolUsage, holdWhileUsedWarning, isHoldRing } from './usage';

function user(index: number, title = `Service ${index}`): ToolUser {
  return {
    entityRef: `component:default/service-${index}`,
    kind: 'Component',
    title,
    owners: [],
    sources: [{ type: 'tag' }],
  };
}

describe('describeToolUsage', () => {
  it('names the first ten users and counts the rest', () => {
    const users = Array.from({ length: 12 }, (_, i) => user(i + 1));

    const text = describeToolUsage(users);

    expect(text).toMatch(/^Used by 12 components: \[Service 1\]/);
    expect(text).toContain(
      '[Service 10](/catalog/default/component/service-10)',
    );
    expect(text).not.toContain('Service 11');
    expect(text).toMatch(/ and 2 more\.$/);
  });

  it('keeps titles from breaking the Markdown links', () => {
    expect(describeToolUsage([user(1, 'Payments [legacy] (v1)')])).toBe(
      'Used by 1 component: [Payments \\[legacy\\] (v1)](/catalog/default/component/service-1).',
    );
  });
});

describe('holdWhileUsedWarning', () => {
  it('names the first ten users and counts the rest, however many there are', () => {
    const users = Array.from({ length: 5000 }, (_, i) => user(i + 1));
    const entry = {
      id: 'istio',
      key: 'istio',
      title: 'Istio',
      quadrant: 'infrastructure',
      links: [],
      active: true,
      timeline: [{ date: '2020-02-10', ringId: 'hold', evidence: [] }],
    };
    const rings = [{ id: 'hold', name: 'HOLD', color: 'red' }];

    const warning = holdWhileUsedWarning(entry, rings, users);

    expect(warning?.message).toBe(
      `Istio is on HOLD since 2020-02-10 while 5000 services still use it: ${users
        .slice(0, 10)
        .map(u => u.title)
        .join(', ')} and 4990 more`,
    );
  });
});

describe('isHoldRing', () => {
  it.each([
    [{ id: 'hold', name: 'HOLD', color: 'red' }, true],
    [{ id: 'ring-4', name: 'Hold', color: 'red' }, true],
    [{ id: 'adopt', name: 'ADOPT', color: 'green' }, false],
    [undefined, false],
  ])('%j is hold: %s', (ring, expected) => {
    expect(isHoldRing(ring)).toBe(expected);
  });
});
