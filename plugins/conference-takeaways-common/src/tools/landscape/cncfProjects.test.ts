/**
 * Every active CNCF project in the landscape's data file is recognised when
 * a report names it in a plain sentence. The file is not part of this
 * repository: LANDSCAPE_FILE points at it (default: `landscape/landscape.yml`
 * in the `shared` directory next to the repository root).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { landscapeItems } from './toolsFromLandscape';
import { landscapeToolDictionary } from './landscapeToolDictionary';

const landscapeFile =
  process.env.LANDSCAPE_FILE ??
  resolve(__dirname, '../../../../../..', 'shared/landscape/landscape.yml');

const ACTIVE = new Set(['graduated', 'incubating', 'sandbox']);

function activeProjects() {
  if (!existsSync(landscapeFile)) {
    throw new Error(
      `The CNCF landscape data is missing: expected ${landscapeFile} (set LANDSCAPE_FILE)`,
    );
  }
  const doc = parse(readFileSync(landscapeFile, 'utf8'));
  const byName = new Map<string, { name: string; project: string }>();
  for (const { item } of landscapeItems(doc)) {
    if (item.project && ACTIVE.has(item.project)) {
      byName.set(item.name, { name: item.name, project: item.project });
    }
  }
  return [...byName.values()];
}

describe('active CNCF projects named in a plain sentence', () => {
  const dictionary = landscapeToolDictionary();
  const projects = activeProjects();

  it('reads them from the landscape', () => {
    expect(projects.length).toBeGreaterThanOrEqual(200);
  });

  it('recognises every one as a single tool with its slug', () => {
    const missed: string[] = [];
    for (const { name } of projects) {
      const sentence = `We talked to the maintainers of ${name} about our setup.`;
      const slugs = [
        ...new Set(dictionary.findMentions(sentence).map(m => m.slug)),
      ];
      // Looking the name up gives the same tool the prose detection found.
      const expected =
        dictionary.resolve(name)?.slug ??
        dictionary.resolve(name.replace(/\s*\(.*\)$/, ''))?.slug;
      if (slugs.length !== 1 || slugs[0] !== expected) {
        missed.push(
          `${name} → found [${slugs.join(', ')}], expected ${expected}`,
        );
      }
    }
    expect(missed).toEqual([]);
  });

  it('records each one as a CNCF project', () => {
    const wrong = projects.filter(({ name }) => {
      const tool = dictionary.resolve(name.replace(/\s*\(.*\)$/, ''));
      const umbrella = tool?.partOf ? dictionary.get(tool.partOf) : undefined;
      return !tool || (tool.maturity ?? umbrella?.maturity) === 'none';
    });
    expect(wrong.map(p => p.name)).toEqual([]);
  });

  it('does not take a common-word project name for the project at a sentence start or in a title', () => {
    const text = [
      'Score the talks from one to five.',
      '## Deploying Porter Bundles With Radius At Scale',
      'We describe workloads with Score and deploy them with Porter.',
    ].join('\n');
    expect(dictionary.findMentions(text).map(m => m.slug)).toEqual([
      'score',
      'porter',
    ]);
  });
});
