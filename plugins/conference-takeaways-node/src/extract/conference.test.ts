import {
  conferenceEntityName,
  kubeConEditionInCity,
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
      series: 'devopsdays',
      region: undefined,
      year: 2021,
    });
  });

  it('gives up on names without a year', () => {
    expect(parseConferenceEntityName('kubecon-eu')).toBeUndefined();
  });
});

describe('kubeConEditionInCity', () => {
  it('knows single editions', () => {
    expect(kubeConEditionInCity('Valencia')).toEqual(
      expect.objectContaining({ region: 'Europe', year: 2022 }),
    );
  });

  it('needs a year hint for cities with several editions', () => {
    expect(kubeConEditionInCity('Amsterdam')).toBeUndefined();
    expect(kubeConEditionInCity('Amsterdam', 2023)?.year).toBe(2023);
    expect(kubeConEditionInCity('Amsterdam', 2025)?.year).toBe(2023);
  });
});
