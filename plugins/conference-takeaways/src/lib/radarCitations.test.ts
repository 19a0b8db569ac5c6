import { RadarHistoryResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { citableEntries, citingMoves } from './radarCitations';

const adopt = { id: 'adopt', name: 'Adopt', color: '#5BA300' };
const trial = { id: 'trial', name: 'Trial', color: '#009EB0' };
const ref = 'takeaway:default/linkerd-is-enjoyable-111111';

const entry = (
  id: string,
  tool: string,
  timeline: Array<{ date: string; ringId: string; evidence: string[] }>,
  active = true,
) => ({
  id,
  key: id,
  title: id[0].toUpperCase() + id.slice(1),
  quadrant: 'infrastructure',
  links: [],
  active,
  tool,
  timeline,
});

const history: RadarHistoryResponse = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
  rings: [adopt, trial],
  entries: [
    entry('linkerd', 'linkerd', [
      // the portal citation, merged on read
      { date: '2020-02-10', ringId: 'adopt', evidence: [ref] },
      // written in the file, in other casing
      { date: '2019-01-21', ringId: 'trial', evidence: [ref.toUpperCase()] },
    ]),
    entry('istio', 'istio', [
      { date: '2021-01-01', ringId: 'trial', evidence: [] },
    ]),
    entry('consul', 'consul', [], false),
    entry('argo', 'argo-cd', [
      { date: '2022-01-01', ringId: 'adopt', evidence: [] },
    ]),
  ],
};

const citation = {
  id: 'c1',
  entryId: 'linkerd',
  moveDate: '2020-02-10',
  entityRef: ref,
  citedBy: 'user:default/guest',
  citedAt: '2026-11-30T10:00:00.000Z',
};

describe('citingMoves', () => {
  it('lists file and portal citations of the ref once each, portal ones with who cited', () => {
    const moves = citingMoves(history, [citation], ref);

    expect(moves).toEqual([
      expect.objectContaining({
        entryId: 'linkerd',
        moveDate: '2020-02-10',
        ring: adopt,
        citation,
      }),
      expect.objectContaining({
        entryId: 'linkerd',
        moveDate: '2019-01-21',
        ring: trial,
        citation: undefined,
      }),
    ]);
  });

  it('shows a portal citation the history does not list yet', () => {
    const onIstio = {
      ...citation,
      id: 'c2',
      entryId: 'istio',
      moveDate: '2021-01-01',
    };
    const moves = citingMoves(history, [onIstio], ref);

    expect(moves.map(m => [m.entryId, m.moveDate, m.citation?.id])).toEqual([
      ['linkerd', '2020-02-10', undefined],
      ['linkerd', '2019-01-21', undefined],
      ['istio', '2021-01-01', 'c2'],
    ]);
  });

  it("ignores other refs' citations and citations of unknown entries", () => {
    const other = { ...citation, entityRef: 'talk:default/other' };
    const gone = { ...citation, entryId: 'removed-entry' };

    expect(citingMoves(history, [other, gone], 'talk:default/nothing')).toEqual(
      [],
    );
  });
});

describe('citableEntries', () => {
  it('offers the entries about the subject tools first and suggests the first of them', () => {
    const { entries, suggested } = citableEntries(history, ['Argo-CD']);

    expect(entries.map(e => e.id)).toEqual(['argo', 'istio', 'linkerd']);
    expect(suggested?.id).toBe('argo');
  });

  it('suggests nothing when no entry is about the subject tools, and leaves out phased-out entries', () => {
    const { entries, suggested } = citableEntries(history, ['consul']);

    expect(suggested).toBeUndefined();
    expect(entries.map(e => e.id)).not.toContain('consul');
  });
});
