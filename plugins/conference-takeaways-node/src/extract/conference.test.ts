import {
  canonicalRegion,
  canonicalSeries,
  conferenceEntityName,
  conferenceTitle,
  parseConferenceEntityName,
} from './conference';

describe('conferenceEntityName', () => {
  it('names KubeCon editions kubecon-<region code>-<year>', () => {
    expect(
      conferenceEntityName({
        series: 'KubeCon/CloudNativeCon',
        region: 'Europe',
        year: 2022,
      }),
    ).toBe('kubecon-eu-2022');
    expect(
      conferenceEntityName({
        series: 'KubeCon + CloudNativeCon',
        region: 'NA',
        year: 2019,
      }),
    ).toBe('kubecon-na-2019');
  });

  it('slugs other series', () => {
    expect(
      conferenceEntityName({
        series: 'ServiceMeshCon',
        region: 'North America',
        year: 2022,
      }),
    ).toBe('servicemeshcon-na-2022');
    expect(
      conferenceEntityName({ series: 'Open Source Summit', year: 2023 }),
    ).toBe('open-source-summit-2023');
  });
});

describe('parseConferenceEntityName', () => {
  it('reads series, region and year back', () => {
    expect(parseConferenceEntityName('kubecon-eu-2022')).toEqual({
      series: 'KubeCon + CloudNativeCon',
      region: 'Europe',
      year: 2022,
    });
    expect(parseConferenceEntityName('devopsdays-2021')).toEqual({
      series: 'DevOpsDays',
      year: 2021,
    });
  });

  it('gives up on names without a year', () => {
    expect(parseConferenceEntityName('kubecon-eu')).toBeUndefined();
  });
});

describe('names of other series', () => {
  it.each([
    [
      { series: 'SREcon', region: 'Americas', year: 2017 },
      'srecon-americas-2017',
    ],
    [
      { series: 'devopsdays', region: 'Seattle', year: 2017 },
      'devopsdays-seattle-2017',
    ],
    [{ series: 'FOSDEM', year: 2017 }, 'fosdem-2017'],
    [{ series: 'Hashiconf', region: 'EU', year: 2016 }, 'hashiconf-eu-2016'],
    [{ series: 'QCon', region: 'London', year: 2024 }, 'qcon-london-2024'],
    [{ series: 'KubeCon Europe', region: 'EU', year: 2024 }, 'kubecon-eu-2024'],
  ])('%j is %s, and reads back', (info, name) => {
    expect(conferenceEntityName(info)).toBe(name);
    const parsed = parseConferenceEntityName(name)!;
    expect(conferenceEntityName(parsed)).toBe(name);
  });

  it('reads series and region back in their display form', () => {
    expect(parseConferenceEntityName('srecon-americas-2017')).toEqual({
      series: 'SREcon',
      region: 'Americas',
      year: 2017,
    });
    expect(
      conferenceTitle(parseConferenceEntityName('devopsdays-ghent-2019')!),
    ).toBe('DevOpsDays Ghent 2019');
  });
});

describe('canonical spellings', () => {
  it('knows each series by its aliases', () => {
    expect(canonicalSeries('CloudNativeCon & KubeCon')).toBe(
      'KubeCon + CloudNativeCon',
    );
    expect(canonicalSeries('devops days')).toBe('DevOpsDays');
    expect(canonicalSeries('My Meetup')).toBe('My Meetup');
  });

  it("reads regions in the series' own terms", () => {
    expect(canonicalRegion('EU')).toBe('Europe');
    expect(canonicalRegion('Americas', 'SREcon')).toBe('Americas');
    expect(canonicalRegion('Americas')).toBe('North America');
    expect(canonicalRegion('Atlantis')).toBe('Atlantis');
  });
});
