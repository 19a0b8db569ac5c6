import { detectConference } from './plainTextConference';

describe('detectConference', () => {
  it('reads series, region, year and city written together', () => {
    expect(
      detectConference(
        'We were at CloudNativeCon+KubeCon North America 2022 in Detroit.',
      ),
    ).toEqual({
      info: {
        series: 'KubeCon + CloudNativeCon',
        region: 'North America',
        year: 2022,
        city: 'Detroit',
        startDate: '2022-10-24',
        endDate: '2022-10-28',
      },
    });
  });

  it('takes the year from the city table when none is written', () => {
    expect(
      detectConference(
        'If you missed KubeCon/CloudNativeCon Europe in Valencia, read on.',
      ),
    ).toEqual({
      info: expect.objectContaining({
        region: 'Europe',
        year: 2022,
        city: 'Valencia',
      }),
    });
  });

  it('ignores the next edition the author looks forward to', () => {
    const text =
      'The KubeCon + CloudNativeCon Europe was great, we were in Valencia.\n' +
      'See you at the next KubeCon + CloudNativeCon Europe 2023 in Amsterdam!';
    expect(detectConference(text)).toEqual({
      info: expect.objectContaining({ year: 2022, city: 'Valencia' }),
    });
  });

  it('resolves a city with several editions by the date of the report', () => {
    const text =
      'Published June 2, 2023\nKubeCon Europe in Amsterdam was huge.';
    expect(detectConference(text)).toEqual({
      info: expect.objectContaining({
        region: 'Europe',
        year: 2023,
        city: 'Amsterdam',
      }),
    });
  });

  it('knows region codes only in capitals', () => {
    expect(detectConference('My KubeCon NA 2019 takeaways')).toEqual({
      info: expect.objectContaining({ region: 'North America', year: 2019 }),
    });
  });

  it('says what is missing', () => {
    expect(detectConference('Notes from a meetup about Linkerd.')).toEqual({
      problem: expect.stringContaining('no conference is named'),
    });
    expect(detectConference('KubeCon Europe was fun.')).toEqual({
      problem: expect.stringContaining(
        'no year for KubeCon + CloudNativeCon Europe',
      ),
    });
  });
});
