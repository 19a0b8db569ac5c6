import {
  isValidEntityName,
  normaliseTitle,
  slugify,
  takeawayEntityName,
  talkEntityName,
} from './naming';

const NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('slugify', () => {
  it('folds accents and punctuation into dashes', () => {
    expect(slugify('Fira València – Day 1!')).toBe('fira-valencia-day-1');
  });
});

describe('talkEntityName', () => {
  it('is the same for every spelling of one talk at one conference', () => {
    const name = talkEntityName(
      'kubecon-na-2019',
      'Kubernetes at Reddit: Tales from Production',
    );
    expect(
      talkEntityName(
        'kubecon-na-2019',
        '“Kubernetes at Reddit – Tales From Production”',
      ),
    ).toBe(name);
    expect(
      talkEntityName(
        'kubecon-na-2019',
        '  kubernetes at reddit tales from production ',
      ),
    ).toBe(name);
  });

  it('differs between conferences and between talks', () => {
    const a = talkEntityName('kubecon-eu-2022', 'OPA Deep Dive');
    expect(talkEntityName('kubecon-na-2019', 'OPA Deep Dive')).not.toBe(a);
    expect(talkEntityName('kubecon-eu-2022', 'OPA Intro')).not.toBe(a);
  });

  it('keeps long titles readable and within 63 characters', () => {
    const name = talkEntityName(
      'kubecon-eu-2022',
      'CRDs All the Way Down — Using OPA for Complex CRD Validation and Defaulting',
    );
    expect(name).toMatch(
      /^crds-all-the-way-down-using-opa-for-complex-[0-9a-f]{6}$/,
    );
    expect(name.length).toBeLessThanOrEqual(63);
    expect(isValidEntityName(name)).toBe(true);
  });

  it('has a fallback for titles without latin letters', () => {
    expect(talkEntityName('kubecon-cn-2019', '云原生')).toMatch(
      /^talk-[0-9a-f]{6}$/,
    );
  });
});

describe('takeawayEntityName', () => {
  it('depends on the report and the headline only', () => {
    const name = takeawayEntityName(
      'KubeCon EU 2022 report',
      'Linkerd is the mesh darling',
    );
    expect(
      takeawayEntityName(
        'KubeCon EU 2022 report',
        'Linkerd is the mesh darling',
      ),
    ).toBe(name);
    expect(
      takeawayEntityName('Another report', 'Linkerd is the mesh darling'),
    ).not.toBe(name);
    expect(name).toMatch(NAME_PATTERN);
  });

  it('separates repeated headlines in one report', () => {
    expect(takeawayEntityName('r', 'Same', 2)).not.toBe(
      takeawayEntityName('r', 'Same'),
    );
  });
});

describe('normaliseTitle', () => {
  it('ignores case, quotes and punctuation', () => {
    expect(normaliseTitle('“(Open)Telemetry Makes Observability Simple”')).toBe(
      'open telemetry makes observability simple',
    );
  });
});
