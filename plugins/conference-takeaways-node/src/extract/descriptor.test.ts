import { extractEntities } from './extractEntities';
import { byKind, file, spec } from './testUtils';

const CONFERENCES = `---
apiVersion: conference-takeaways.dev/v1alpha1
kind: Conference
metadata:
  name: kubecon-eu-2022
spec:
  series: KubeCon + CloudNativeCon
  region: Europe
  year: 2022
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: not-ours
spec: {}
---
apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: linkerd-in-production
  links:
    - url: https://example.com/talk
      title: Schedule
spec:
  title: Linkerd in Production
  speakers: [Speaker One]
  conference: conference:default/kubecon-eu-2022
`;

describe('descriptor YAML', () => {
  it('keeps our kinds and reports any other kind, naming the file', () => {
    const { entities, problems } = extractEntities([
      file(
        'catalog/conferences.yaml',
        CONFERENCES,
        'https://git.example.com/conferences.yaml',
      ),
    ]);
    expect(entities.map(e => `${e.kind}:${e.metadata.name}`)).toEqual([
      'Conference:kubecon-eu-2022',
      'Talk:linkerd-in-production',
    ]);
    expect(problems).toEqual([
      {
        path: 'catalog/conferences.yaml',
        message:
          'unknown kind Component in catalog/conferences.yaml (document 2); only Conference, Talk, Takeaway are accepted',
      },
    ]);
    expect(entities[0].metadata.namespace).toBe('default');
    expect(entities[0].metadata.annotations).toEqual({
      'conference-takeaways.dev/source-report':
        'https://git.example.com/conferences.yaml',
    });
  });

  it('names the line of a YAML syntax error and drops the file', () => {
    const { entities, problems } = extractEntities([
      file('bad.yaml', 'apiVersion: x\nkind: Talk\nkind: Talk\nmetadata: {}\n'),
    ]);
    expect(entities).toEqual([]);
    expect(problems[0].message).toMatch(
      /^invalid YAML in bad\.yaml: line 3, column 1: Map keys must be unique/,
    );
  });

  it('stops an alias bomb quickly with a clear message', () => {
    const levels = 'abcdefghij'.split('');
    const bomb = levels
      .map((k, i) =>
        i === 0
          ? `${k}: &${k} ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`
          : `${k}: &${k} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(', ')}]`,
      )
      .join('\n');
    const started = Date.now();
    const { entities, problems } = extractEntities([file('bomb.yaml', bomb)]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      {
        path: 'bomb.yaml',
        message: expect.stringMatching(
          /^invalid YAML in bomb\.yaml: too many aliases \(the limit is 20\)/,
        ),
      },
    ]);
  });

  it('rejects non-http(s) URLs in links and recordings', () => {
    const doc = (
      extra: string,
    ) => `apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: t
${extra}
spec:
  title: T
  speakers: []
  conference: kubecon-eu-2022
  recordingUrl: javascript:alert(1)
`;
    const { entities, problems } = extractEntities([file('t.yaml', doc(''))]);
    expect(entities).toEqual([]);
    expect(problems[0].message).toBe(
      'entity in t.yaml has spec.recordingUrl "javascript:alert(1)", which is not an http(s) URL',
    );
  });

  it('checks the basic shape', () => {
    const { problems } = extractEntities([
      file(
        'shape.yaml',
        'apiVersion: conference-takeaways.dev/v1alpha1\nkind: Takeaway\nmetadata: {}\nspec: {}\n',
      ),
      file(
        'version.yaml',
        'apiVersion: v1\nkind: Talk\nmetadata: { name: a }\nspec: {}\n',
      ),
    ]);
    expect(problems.map(p => p.message)).toEqual([
      'entity in shape.yaml has no metadata.name',
      'entity in version.yaml has apiVersion "v1", expected "conference-takeaways.dev/v1alpha1"',
    ]);
  });

  it('keeps the spec as written', () => {
    const { entities } = extractEntities([file('c.yaml', CONFERENCES)]);
    expect(spec(byKind(entities, 'Talk')[0])).toEqual({
      title: 'Linkerd in Production',
      speakers: ['Speaker One'],
      conference: 'conference:default/kubecon-eu-2022',
    });
  });
});
