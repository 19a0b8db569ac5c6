import {
  OrgRadar,
  parseOrgRadar,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { parse as parseYaml } from 'yaml';
import { exportRadarYaml } from './exportRadarYaml';
import { mergeCitations } from './mergeCitations';

const citedBy = 'user:default/guest';

function merged(
  text: string,
  cites: Array<[string, string, string]>,
): OrgRadar {
  return mergeCitations(
    parseOrgRadar(parseYaml(text)),
    cites.map(([entryId, moveDate, entityRef], index) => ({
      id: String(index + 1),
      entryId,
      moveDate,
      entityRef,
      citedBy,
      citedAt: `2026-11-30T10:00:0${index}.000Z`,
    })),
  ).radar;
}

const HEADER = `quadrants: [{ id: infra, name: Infrastructure }]
rings: [{ id: adopt, name: ADOPT, color: green }]
`;

describe('exportRadarYaml', () => {
  it('adds refs to block lists, flow lists, empty and missing evidence, keeping comments', () => {
    const text = `${HEADER}entries:
  # the mesh we run
  - id: linkerd
    title: Linkerd
    quadrant: infra
    timeline:
      - date: 2022-06-01 # unquoted
        ringId: adopt
        evidence:
          - takeaway:default/in-the-file
      - date: '2019-03-01'
        ringId: adopt
        evidence: [talk:default/old]
  - id: cilium
    title: Cilium
    quadrant: infra
    timeline:
      - date: '2023-12-01'
        ringId: adopt
        evidence:
  - id: istio
    title: Istio
    quadrant: infra
    timeline:
      - date: '2020-02-10'
        ringId: adopt
  - id: envoy
    title: Envoy
    quadrant: infra
    timeline:
      - date: '2021-01-01'
        ringId: adopt
        evidence: []
`;
    const radar = merged(text, [
      ['linkerd', '2022-06-01', 'takeaway:default/new-one'],
      ['linkerd', '2019-03-01', 'talk:default/newer'],
      ['cilium', '2023-12-01', 'takeaway:default/ebpf'],
      ['istio', '2020-02-10', 'talk:default/ambient'],
      ['envoy', '2021-01-01', 'talk:default/envoy-gateway'],
      ['gone', '2020-02-10', 'talk:default/orphan'],
    ]);

    const exported = exportRadarYaml(text, radar);

    expect(exported).toContain('# the mesh we run');
    expect(exported).toContain('# unquoted');
    expect(exported).not.toContain('orphan');
    const evidence = parseOrgRadar(parseYaml(exported)).entries.map(entry =>
      entry.timeline.map(move => move.evidence),
    );
    expect(evidence).toEqual([
      [
        ['takeaway:default/in-the-file', 'takeaway:default/new-one'],
        ['talk:default/old', 'talk:default/newer'],
      ],
      [['takeaway:default/ebpf']],
      [['talk:default/ambient']],
      [['talk:default/envoy-gateway']],
    ]);
    // An empty flow list becomes a block list, one ref a line.
    expect(exported).toContain(
      '        evidence:\n          - talk:default/envoy-gateway\n',
    );
  });

  it('writes a JSON radar file back as YAML that still parses', () => {
    const text = JSON.stringify({
      quadrants: [{ id: 'infra', name: 'Infrastructure' }],
      rings: [{ id: 'adopt', name: 'ADOPT', color: 'green' }],
      entries: [
        {
          id: 'linkerd',
          title: 'Linkerd',
          quadrant: 'infra',
          timeline: [{ date: '2022-06-01', ringId: 'adopt' }],
        },
      ],
    });
    const radar = merged(text, [
      ['linkerd', '2022-06-01', 'takeaway:default/new-one'],
    ]);

    const exported = parseOrgRadar(parseYaml(exportRadarYaml(text, radar)));

    expect(exported.entries[0].timeline[0].evidence).toEqual([
      'takeaway:default/new-one',
    ]);
  });
});
