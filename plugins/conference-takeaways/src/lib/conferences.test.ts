import {
  ConferenceIndex,
  conferenceTitle,
  subjectToolsOf,
} from './conferences';
import { conference, conferences, takeaway } from '../__testUtils__/fixtures';

describe('conferenceTitle', () => {
  it('prefers metadata.title, then series + edition, then region + year', () => {
    const base = conference('x', { year: 2019, region: 'China' });
    expect(conferenceTitle(base)).toBe('KubeCon + CloudNativeCon China 2019');
    expect(
      conferenceTitle({ ...base, spec: { ...base.spec, edition: 'Shanghai' } }),
    ).toBe('KubeCon + CloudNativeCon Shanghai');
    expect(
      conferenceTitle({
        ...base,
        metadata: { ...base.metadata, title: 'KubeCon China' },
      }),
    ).toBe('KubeCon China');
  });
});

describe('ConferenceIndex', () => {
  const index = new ConferenceIndex(conferences);

  it('lists conferences in date order', () => {
    expect(index.all().map(c => c.ref)).toEqual([
      'conference:default/kubecon-eu-2018',
      'conference:default/kubecon-eu-2022',
      'conference:default/kubecon-na-2022',
    ]);
  });

  it('finds conferences by refs written in any case or short form', () => {
    expect(index.get('Conference:default/KubeCon-EU-2022')?.title).toBe(
      'KubeCon + CloudNativeCon Europe 2022',
    );
    expect(index.get('kubecon-eu-2022')?.year).toBe(2022);
  });

  it('describes unknown conferences from their name', () => {
    expect(index.get('conference:default/kubecon-jp-2025')).toMatchObject({
      title: 'kubecon-jp-2025',
      year: 2025,
    });
    expect(index.get('conference:default/devopsdays')?.year).toBeUndefined();
  });

  it('returns undefined for empty refs and refs to other kinds', () => {
    expect(index.get('')).toBeUndefined();
    expect(index.get(undefined)).toBeUndefined();
    expect(index.get('talk:default/kubecon-eu-2022')).toBeUndefined();
  });
});

describe('subjectToolsOf', () => {
  it('uses subject tools, else the most central mention', () => {
    const t = takeaway('t', {
      headline: 'h',
      conference: 'kubecon-eu-2022',
      tools: ['argo-cd', 'helm'],
    });
    expect(subjectToolsOf(t)).toEqual(['argo-cd']);
    expect(
      subjectToolsOf({ ...t, spec: { ...t.spec, subjectTools: ['helm'] } }),
    ).toEqual(['helm']);
    expect(
      subjectToolsOf({ ...t, spec: { ...t.spec, tools: undefined } }),
    ).toEqual([]);
  });
});
