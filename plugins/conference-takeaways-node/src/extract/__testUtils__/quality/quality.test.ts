import { ToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import {
  conferenceMatches,
  judgeConferences,
  scoreTalks,
  scoreTools,
  seriesKey,
  titleSimilarity,
} from '.';

const conference = (name: string, spec: object) => ({
  apiVersion: 'conference-takeaways.dev/v1alpha1',
  kind: 'Conference',
  metadata: { name, namespace: 'default' },
  spec,
});
const takeaway = (ref?: string) => ({
  apiVersion: 'conference-takeaways.dev/v1alpha1',
  kind: 'Takeaway',
  metadata: { name: `t-${ref ?? 'none'}`, namespace: 'default' },
  spec: ref ? { conference: ref } : {},
});

describe('conference comparison', () => {
  it('reduces a series to one key', () => {
    expect(seriesKey('KubeCon + CloudNativeCon')).toBe('kubecon');
    expect(seriesKey('CloudNativeCon')).toBe('kubecon');
    expect(seriesKey('SREcon17 Americas')).toBe('srecon');
    expect(seriesKey('DevOps Days Seattle', 'Seattle')).toBe('devopsdays');
    expect(seriesKey('QCon London', 'London')).toBe('qcon');
    expect(seriesKey('GopherCon')).not.toBe(seriesKey('HashiConf'));
  });

  it('needs series and year, the city when expected, no contradicting region', () => {
    const expected = {
      series: 'KubeCon + CloudNativeCon',
      region: 'India',
      year: 2024,
      city: 'New Delhi',
    };
    const found = { series: 'KubeCon', region: 'India', year: 2024 };
    expect(conferenceMatches({ ...found, city: 'Delhi' }, expected)).toBe(true);
    expect(conferenceMatches(found, expected)).toBe(false);
    expect(
      conferenceMatches({ ...found, city: 'Delhi', year: 2025 }, expected),
    ).toBe(false);
    expect(
      conferenceMatches(
        { ...found, city: 'Delhi', region: 'Europe' },
        expected,
      ),
    ).toBe(false);
    expect(
      conferenceMatches(
        { series: 'KubeCon', year: 2024 },
        { series: 'KubeCon', region: 'North America', year: 2024 },
      ),
    ).toBe(true);
  });

  it('judges the conferences the takeaways point at', () => {
    const main = { series: 'SREcon', year: 2017, city: 'San Francisco' };
    const second = { series: 'DevOpsDays', year: 2017, city: 'Seattle' };
    const srecon = conference('srecon-na-2017', {
      series: 'SREcon17 Americas',
      year: 2017,
      city: 'San Francisco',
    });
    const ref = 'conference:default/srecon-na-2017';
    expect(
      judgeConferences([srecon, takeaway(ref)], [main, second]).correct,
    ).toBe(true);
    expect(
      judgeConferences([srecon, takeaway(ref), takeaway()], [main, second])
        .correct,
    ).toBe(false);
    expect(
      judgeConferences(
        [
          srecon,
          takeaway(ref),
          conference('x', { series: 'FOSDEM', year: 2017 }),
        ],
        [main],
      ).wrong,
    ).toEqual(['FOSDEM 2017']);
    expect(judgeConferences([srecon, takeaway(ref)], [second]).correct).toBe(
      false,
    );
  });
});

describe('talk scoring', () => {
  it('matches titles up to case, punctuation, quotes, format prefix and a typo', () => {
    expect(titleSimilarity('Keynote: “Go Says WAT?”', 'go says wat')).toBe(1);
    expect(
      titleSimilarity(
        'Autonomous AI Agents for Cloud Cost Analysis',
        'Autonomous Al Agents for Cloud Cost Analysis',
      ),
    ).toBeGreaterThan(0);
    expect(
      titleSimilarity(
        'KubeCon EU 2025 - Choosing a Service Mesh',
        'Choosing a Service Mesh',
      ),
    ).toBe(0);
  });

  it('counts a talk right only with every speaker, optional ones neither way', () => {
    const result = scoreTalks(
      [
        { title: 'Chaos Engineering Traps', speakers: ['Nora Jones'] },
        { title: 'Slurm Bridge', speakers: ['Alan Mutschelknaus'] },
        { title: 'Nomad Demo', speakers: [] },
        { title: 'With Jane Doe', speakers: [] },
      ],
      [
        { title: 'Chaos Engineering Traps', speakers: ['nora jones'] },
        {
          title: 'Slurm Bridge',
          speakers: ['Alan Mutschelknaus', 'Tim Wickberg'],
        },
        { title: 'Unbreakable Unit Tests', speakers: [] },
      ],
      [{ title: 'Nomad Demo', speakers: ['Kelsey Hightower'] }],
    );
    expect(result).toMatchObject({
      hits: 1,
      found: 3,
      expected: 3,
      missed: ['Unbreakable Unit Tests'],
      extra: ['With Jane Doe'],
    });
    expect(result.wrongSpeakers.map(w => w.title)).toEqual(['Slurm Bridge']);
  });
});

describe('tool scoring', () => {
  it('resolves expected names to slugs and ignores optional tools', () => {
    const result = scoreTools(
      ['opentelemetry', 'docker', 'helm'],
      ['OTel', 'kubernetes'],
      ['docker'],
      ToolDictionary.default(),
    );
    expect(result).toMatchObject({
      hits: 1,
      found: 2,
      expected: 2,
      missed: ['kubernetes'],
      extra: ['helm'],
    });
  });
});
