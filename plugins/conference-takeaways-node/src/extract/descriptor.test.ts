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

  describe("claims only what is the report's", () => {
    const talk = (
      metadata: string,
      specExtra = '',
    ) => `apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: claiming-talk
${metadata}
spec:
  title: A Talk
  speakers: [Speaker One]
${specExtra}`;

    it('drops annotations that are not ours nor allowed, naming them', () => {
      const yaml = talk(`  annotations:
    backstage.io/techdocs-ref: url:http://attacker.example/docs
    example.com/team: payments
    conference-takeaways.dev/tool: evil
    conference-takeaways.dev/tools: linkerd`);
      const { entities, problems } = extractEntities(
        [file('claims.yaml', yaml)],
        { allowedAnnotations: ['example.com/team'] },
      );
      expect(entities[0].metadata.annotations).toEqual({
        'conference-takeaways.dev/source-report': 'claims.yaml',
        'conference-takeaways.dev/tools': 'linkerd',
        'example.com/team': 'payments',
      });
      expect(problems.map(p => p.message)).toEqual([
        'Talk claiming-talk in claims.yaml: annotations backstage.io/techdocs-ref, conference-takeaways.dev/tool were dropped; reports may set only conference-takeaways.dev annotations and those in conferenceTakeaways.reports.allowedAnnotations',
      ]);
    });

    it("puts entities in the location's namespace, whatever they ask for", () => {
      const { entities, problems } = extractEntities(
        [file('ns.yaml', talk('  namespace: victim'))],
        { namespace: 'reports' },
      );
      expect(entities.map(e => e.metadata.namespace)).toEqual(['reports']);
      expect(problems.map(p => p.message)).toEqual([
        'Talk claiming-talk in ns.yaml asks for namespace "victim"; entities from this location are put in "reports"',
      ]);
    });

    it('accepts a user or group owner and drops any other, saying why', () => {
      const owned = (owner: string) =>
        extractEntities([file('o.yaml', talk('', `  owner: ${owner}`))]);
      expect(spec(owned('user:default/jane').entities[0]).owner).toBe(
        'user:default/jane',
      );
      expect(spec(owned('platform-team').entities[0]).owner).toBe(
        'platform-team',
      );
      for (const [owner, why] of [
        [
          'component:default/payments',
          'is a component, but an owner must be a user or group',
        ],
        ['"user:"', 'is not an entity ref'],
      ]) {
        const { entities, problems } = owned(owner);
        expect(entities).toHaveLength(1);
        expect(spec(entities[0]).owner).toBeUndefined();
        expect(problems[0].message).toContain(
          `Talk claiming-talk in o.yaml: owner ${JSON.stringify(
            owner.replace(/"/g, ''),
          )} ${why}`,
        );
      }
    });
  });

  it('reports an entity its kind schema rejects once, naming the file', () => {
    const yaml = `apiVersion: conference-takeaways.dev/v1alpha1
kind: Takeaway
metadata:
  name: no-summary
spec:
  headline: Linkerd is boring in a good way
---
apiVersion: conference-takeaways.dev/v1alpha1
kind: Talk
metadata:
  name: fine
spec:
  title: Fine
  speakers: []
`;
    const { entities, problems } = extractEntities([
      file('takeaways.yaml', yaml),
    ]);
    expect(entities.map(e => e.metadata.name)).toEqual(['fine']);
    expect(problems).toEqual([
      {
        path: 'takeaways.yaml',
        message: expect.stringMatching(
          /^Takeaway no-summary in takeaways\.yaml .*(summary|report).*; it is skipped$/,
        ),
      },
    ]);
  });
});
