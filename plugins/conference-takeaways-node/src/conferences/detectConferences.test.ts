import { ConferenceDictionary } from './ConferenceDictionary';
import { detectConferences } from './detectConferences';

const detect = (
  text: string,
  more: { title?: string; tags?: string[]; publishedDate?: string } = {},
) => detectConferences({ text, ...more });

describe('detectConferences', () => {
  it('reads series, region, year and city written together', () => {
    const { main } = detect(
      'Our team flew to CloudNativeCon+KubeCon North America 2022 in Detroit.',
    );
    expect(main).toMatchObject({
      name: 'kubecon-na-2022',
      series: 'KubeCon + CloudNativeCon',
      region: 'North America',
      year: 2022,
      city: 'Detroit',
      startDate: '2022-10-24',
      unknown: [],
    });
  });

  it('folds case, accents and the ways of joining the two names', () => {
    for (const text of [
      'notes from kubecon & cloudnativecon europe 2019',
      'Notes from KubeCon and CloudNativeCon Europe 2019',
      'Notes from KUBECON/CLOUDNATIVECON EUROPE 2019',
      'Notes from Kube Con Europe 2019 in Barcelóna',
    ]) {
      expect(detect(text).main?.name).toBe('kubecon-eu-2019');
    }
  });

  it('knows short region codes only in capitals', () => {
    expect(
      detect('A week at KubeCon NA 2023, mostly booths').main?.region,
    ).toBe('North America');
    expect(
      detect('A week at KubeCon in 2023, with friends').main?.region,
    ).not.toBe('India');
  });

  it('tells a year-only edition by the dates written in the text', () => {
    const { main } = detect(
      'Day one (November 13, 2024) opened with keynotes on platform teams.',
      { title: 'Our KubeCon 2024 diary' },
    );
    expect(main).toMatchObject({
      name: 'kubecon-na-2024',
      city: 'Salt Lake City',
    });
    expect(main?.evidence).toContainEqual({
      field: 'city',
      value: 'Salt Lake City',
      from: 'dates in text',
    });
  });

  it('takes the edition that began last before the publication date', () => {
    const { main } = detect('KubeCon 2025 was my first big conference.', {
      publishedDate: '2025-04-06T08:00:00+02:00',
    });
    expect(main).toMatchObject({ name: 'kubecon-eu-2025', city: 'London' });
    expect(main?.evidence).toContainEqual({
      field: 'region',
      value: 'Europe',
      from: 'publication date',
    });
  });

  it('ignores past and future editions the author compares with', () => {
    const text = [
      'KubeCon Europe was bigger than ever this spring in Paris.',
      'Unlike Valencia last year, the rooms were easy to find.',
      'See you at the next KubeCon in London!',
    ].join('\n');
    expect(detect(text, { publishedDate: '2024-04-02' }).main).toMatchObject({
      name: 'kubecon-eu-2024',
      city: 'Paris',
    });
  });

  it('finds the year of a city that hosted once', () => {
    expect(
      detect('Back from KubeCon Europe in Copenhagen, tired and happy.').main,
    ).toMatchObject({ name: 'kubecon-eu-2018', city: 'Copenhagen' });
  });

  it('names series held city by city after their city', () => {
    expect(detect('Talks I liked at devopsdays Oslo 2022').main).toMatchObject({
      name: 'devopsdays-oslo-2022',
      title: 'DevOpsDays Oslo 2022',
      city: 'Oslo',
    });
    expect(detect('Notes: QCon San Francisco 2019, day two').main?.name).toBe(
      'qcon-san-francisco-2019',
    );
  });

  it('reads years written onto the name or a region', () => {
    expect(detect('My week at SREcon19 EMEA').main).toMatchObject({
      name: 'srecon-emea-2019',
      city: 'Dublin',
    });
    expect(detect('Review of Hashiconf Europe 16').main?.name).toBe(
      'hashiconf-eu-2016',
    );
  });

  it('gives series + year for a series without an edition table', () => {
    const { main } = detect('Slides from PlatformCon 2023 are online.');
    expect(main).toMatchObject({ name: 'platformcon-2023', year: 2023 });
    expect(main?.unknown).toEqual(['city', 'dates']);
  });

  it('reports a second conference covered by the same report', () => {
    const { main, others } = detect(
      [
        'This spring I went to SREcon23 Americas, then to DevOpsDays Boston.',
        'SREcon felt like a research venue; DevOpsDays Boston felt like a meetup.',
      ].join('\n'),
      { publishedDate: '2023-06-01' },
    );
    expect(main?.name).toBe('srecon-americas-2023');
    expect(others.map(o => o.name)).toEqual(['devopsdays-boston-2023']);
    expect(others[0].evidence).toContainEqual({
      field: 'year',
      value: '2023',
      from: 'publication date',
    });
  });

  it('prefers the title over the body', () => {
    const { main, others } = detect(
      'I also watched KubeCon EU 2025 talks online. Best of KubeCon EU 2025 below.',
      { title: 'KubeCon China 2025 notes' },
    );
    expect(main?.name).toBe('kubecon-cn-2025');
    expect(others.map(o => o.name)).toEqual(['kubecon-eu-2025']);
  });

  it('counts co-located events as their KubeCon without outweighing it', () => {
    const { main } = detect(
      'ArgoCon and BackstageCon filled day zero. ArgoCon was packed. KubeCon Europe 2023 proper began on Wednesday.',
    );
    expect(main?.name).toBe('kubecon-eu-2023');
  });

  it('needs a qualifier for names that are common words', () => {
    expect(detect('Our team velocity doubled.').problem).toBeDefined();
    expect(
      detect('Velocity 2019 in San Jose was the last one.').main?.name,
    ).toBe('velocity-san-jose-2019');
  });

  it('falls back to a …Con with a year the dictionary lacks', () => {
    expect(detect('Recap of RustConf 2023').main).toMatchObject({
      name: 'rustconf-2023',
      unknownSeries: true,
    });
  });

  it('says what is unknown and why nothing was found', () => {
    const { main } = detect('KubeCon was fun.');
    expect(main?.year).toBeUndefined();
    expect(main?.name).toBeUndefined();
    expect(main?.unknown).toEqual(['year', 'region', 'city', 'dates']);
    expect(detect('Notes from a meetup about Linkerd.').problem).toContain(
      'no conference is named',
    );
  });

  it('matches configured series', () => {
    const dictionary = ConferenceDictionary.default().with([
      {
        id: 'infra-days',
        name: 'Infra Days',
        aliases: ['InfraDays'],
        editions: [{ year: 2024, city: 'Utrecht' }],
      },
    ]);
    expect(
      detectConferences({ text: 'Back from infradays 2024!' }, dictionary).main,
    ).toMatchObject({ name: 'infra-days-2024', city: 'Utrecht' });
  });

  it('stays fast on long runs of whitespace and punctuation', () => {
    const runs = [' ', '\t', '\u00a0', '\u2003', '-', '+', '&', '.', '1', 'a'];
    for (const run of runs) {
      const text = `KubeCon${run.repeat(100_000)}x Europe ${run.repeat(
        100_000,
      )} Nov 12, 2024 ${run.repeat(50_000)} Kube`;
      const started = Date.now();
      detect(text, { title: `KubeCon${run.repeat(50_000)}2024` });
      expect(Date.now() - started).toBeLessThan(1500);
    }
  });
});
