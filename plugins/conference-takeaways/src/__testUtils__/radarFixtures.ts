import {
  RadarCitation,
  RadarHistoryResponse,
  RadarProposal,
  ToolHubResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ConferenceTakeawaysApi } from '../api';
import { linkerdHub } from './toolHubFixtures';

/** The first takeaway of the fixtures, about Linkerd. */
export const linkerdTakeawayRef =
  'takeaway:default/linkerd-is-enjoyable-111111';
const ref = linkerdTakeawayRef;

/** A radar whose Istio entry cites the Linkerd takeaway in its file. */
export const radarHistory: RadarHistoryResponse = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
  rings: [
    { id: 'adopt', name: 'Adopt', color: '#5BA300' },
    { id: 'trial', name: 'Trial', color: '#009EB0' },
    { id: 'hold', name: 'Hold', color: '#E09B96' },
  ],
  entries: [
    {
      id: 'istio',
      key: 'istio',
      title: 'Istio',
      quadrant: 'infrastructure',
      links: [],
      active: true,
      tool: 'istio',
      timeline: [{ date: '2021-05-01', ringId: 'trial', evidence: [ref] }],
    },
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'infrastructure',
      links: [],
      active: true,
      tool: 'linkerd',
      timeline: [
        { date: '2020-02-10', ringId: 'adopt', evidence: [] },
        { date: '2019-01-21', ringId: 'trial', evidence: [] },
      ],
    },
  ],
};

/**
 * A fake backend that stores citations and proposals like the real one,
 * citations merged into the history's evidence on read.
 */
export function fakeRadarBackend() {
  const citations: RadarCitation[] = [];
  const proposals: RadarProposal[] = [];
  const api: Partial<ConferenceTakeawaysApi> = {
    getRadarHistory: jest.fn(async () => ({
      ...radarHistory,
      entries: radarHistory.entries.map(entry => ({
        ...entry,
        timeline: entry.timeline.map(move => ({
          ...move,
          evidence: [
            ...move.evidence,
            ...citations
              .filter(c => c.entryId === entry.id && c.moveDate === move.date)
              .map(c => c.entityRef),
          ],
        })),
      })),
    })),
    listRadarCitations: jest.fn(async () => ({ citations: [...citations] })),
    createRadarCitation: jest.fn(async request => {
      const citation = {
        id: `c${citations.length + 1}`,
        entryId: request.entryId,
        moveDate: request.moveDate!,
        entityRef: request.entityRef,
        citedBy: 'user:default/guest',
        citedAt: '2026-11-30T10:00:00.000Z',
      };
      citations.push(citation);
      return citation;
    }),
    deleteRadarCitation: jest.fn(async (id: string) => {
      citations.splice(
        citations.findIndex(c => c.id === id),
        1,
      );
    }),
    createRadarProposal: jest.fn(async request => {
      const proposal = {
        ...request,
        id: `p${proposals.length + 1}`,
        tool: request.entryId,
        proposedBy: 'user:default/guest',
        proposedAt: '2026-11-30T10:00:00.000Z',
      };
      proposals.unshift(proposal);
      return proposal;
    }),
    listRadarProposals: jest.fn(async () => ({ proposals: [...proposals] })),
    deleteRadarProposal: jest.fn(async (id: string) => {
      proposals.splice(
        proposals.findIndex(p => p.id === id),
        1,
      );
    }),
  };
  return { api, citations, proposals };
}

/** Someone else's portal citation of the Linkerd takeaway on the current move. */
export const alexCitation: RadarCitation = {
  id: 'c9',
  entryId: 'linkerd',
  moveDate: '2020-02-10',
  entityRef: ref,
  citedBy: 'user:default/alex-example',
  citedAt: '2026-11-01T09:00:00.000Z',
};

/** A proposal to put Linkerd on hold, with the Linkerd takeaway as evidence. */
export const holdProposal: RadarProposal = {
  id: 'p1',
  entryId: 'linkerd',
  tool: 'linkerd',
  ringId: 'hold',
  rationale: 'Upgrades broke twice',
  evidence: [ref],
  proposedBy: 'user:default/alex-example',
  proposedAt: '2026-11-01T09:00:00.000Z',
};

/** Linkerd's tool page, its first piece of evidence cited from the portal. */
export function linkerdHubCitedFromPortal(): ToolHubResponse {
  const hub = structuredClone(linkerdHub);
  hub.radar!.timeline[0].evidence[0] = {
    ...hub.radar!.timeline[0].evidence[0],
    citation: {
      id: 'c1',
      citedBy: 'user:default/guest',
      citedAt: '2026-11-30T10:00:00.000Z',
    },
  };
  return hub;
}
