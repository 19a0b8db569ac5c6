import { Entity } from '@backstage/catalog-model';
import conferenceSchema from './Conference.v1alpha1.schema.json';
import talkSchema from './Talk.v1alpha1.schema.json';
import takeawaySchema from './Takeaway.v1alpha1.schema.json';
import {
  conferenceEntityV1alpha1Validator,
  isConferenceEntity,
} from './ConferenceEntityV1alpha1';
import {
  isTalkEntity,
  talkEntityV1alpha1Validator,
} from './TalkEntityV1alpha1';
import {
  isTakeawayEntity,
  takeawayEntityV1alpha1Validator,
} from './TakeawayEntityV1alpha1';

// A script URL is exactly what these tests must see rejected.
// eslint-disable-next-line no-script-url
const SCRIPT_URL = 'javascript:alert(1)';

const conference = (): Entity => structuredClone(conferenceSchema.examples[0]);
const talk = (): Entity => structuredClone(talkSchema.examples[0]);
const takeaway = (): Entity => structuredClone(takeawaySchema.examples[0]);

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
};

describe.each([
  ['Conference', conferenceEntityV1alpha1Validator, conference],
  ['Talk', talkEntityV1alpha1Validator, talk],
  ['Takeaway', takeawayEntityV1alpha1Validator, takeaway],
])('%s validator', (_kind, validator, example) => {
  it('accepts the example from its schema', async () => {
    await expect(validator.check(example())).resolves.toBe(true);
  });

  it('ignores entities of other kinds', async () => {
    await expect(validator.check(component)).resolves.toBe(false);
  });

  it('ignores the same kind under another apiVersion', async () => {
    const entity = { ...example(), apiVersion: 'backstage.io/v1alpha1' };
    await expect(validator.check(entity)).resolves.toBe(false);
  });

  it('rejects an entity without spec', async () => {
    const { spec: _spec, ...entity } = example();
    await expect(validator.check(entity)).rejects.toThrow(/spec/);
  });
});

describe('conferenceEntityV1alpha1Validator', () => {
  it('names a missing required field', async () => {
    const entity = conference();
    delete entity.spec!.series;
    await expect(
      conferenceEntityV1alpha1Validator.check(entity),
    ).rejects.toThrow(/series/);
  });

  it('rejects a year that is not an integer', async () => {
    const entity = conference();
    entity.spec!.year = '2022';
    await expect(
      conferenceEntityV1alpha1Validator.check(entity),
    ).rejects.toThrow('/spec/year must be integer');
  });

  it('rejects dates that are not YYYY-MM-DD', async () => {
    const entity = conference();
    entity.spec!.startDate = '16 May 2022';
    await expect(
      conferenceEntityV1alpha1Validator.check(entity),
    ).rejects.toThrow(/\/spec\/startDate/);
  });

  it('accepts the minimal spec', async () => {
    const entity = conference();
    entity.spec = { series: 'KubeCon + CloudNativeCon', year: 2019 };
    await expect(conferenceEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
  });
});

describe('talkEntityV1alpha1Validator', () => {
  it.each([SCRIPT_URL, 'file:///etc/passwd', 'ftp://x.org/a'])(
    'rejects the non-http(s) recording URL %s',
    async url => {
      const entity = talk();
      entity.spec!.recordingUrl = url;
      await expect(talkEntityV1alpha1Validator.check(entity)).rejects.toThrow(
        /\/spec\/recordingUrl/,
      );
    },
  );

  it('rejects a non-http(s) slides URL', async () => {
    const entity = talk();
    entity.spec!.slidesUrl = SCRIPT_URL;
    await expect(talkEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/slidesUrl/,
    );
  });

  it('rejects an unknown format', async () => {
    const entity = talk();
    entity.spec!.format = 'rant';
    await expect(talkEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/format/,
    );
  });

  it('rejects a conference ref to another kind', async () => {
    const entity = talk();
    entity.spec!.conference = 'component:default/checkout';
    await expect(talkEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/conference/,
    );
  });

  it('accepts short conference refs', async () => {
    const entity = talk();
    entity.spec!.conference = 'kubecon-eu-2022';
    await expect(talkEntityV1alpha1Validator.check(entity)).resolves.toBe(true);
  });

  it('names missing speakers', async () => {
    const entity = talk();
    delete entity.spec!.speakers;
    await expect(talkEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /speakers/,
    );
  });
});

describe('takeawayEntityV1alpha1Validator', () => {
  it('rejects a report URL that is not http(s)', async () => {
    const entity = takeaway();
    (entity.spec!.report as { url: string }).url = SCRIPT_URL;
    await expect(takeawayEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/report\/url/,
    );
  });

  it('names a missing report title', async () => {
    const entity = takeaway();
    entity.spec!.report = { author: 'Jane Doe' };
    await expect(takeawayEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /title/,
    );
  });

  it('rejects tool slugs that are not slugs', async () => {
    const entity = takeaway();
    entity.spec!.subjectTools = ['Linkerd Service Mesh'];
    await expect(takeawayEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/subjectTools\/0/,
    );
  });

  it('rejects a talk ref to another kind', async () => {
    const entity = takeaway();
    entity.spec!.talks = ['conference:default/kubecon-eu-2022'];
    await expect(takeawayEntityV1alpha1Validator.check(entity)).rejects.toThrow(
      /\/spec\/talks\/0/,
    );
  });

  it('accepts a takeaway whose conference is not known', async () => {
    const entity = takeaway();
    delete entity.spec!.conference;
    await expect(takeawayEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
  });
});

describe('type guards', () => {
  it('recognise each kind and nothing else', () => {
    expect(isConferenceEntity(conference())).toBe(true);
    expect(isTalkEntity(talk())).toBe(true);
    expect(isTakeawayEntity(takeaway())).toBe(true);

    expect(isConferenceEntity(talk())).toBe(false);
    expect(isTalkEntity(takeaway())).toBe(false);
    expect(isTakeawayEntity(conference())).toBe(false);
    for (const guard of [isConferenceEntity, isTalkEntity, isTakeawayEntity]) {
      expect(guard(component)).toBe(false);
    }
  });
});
