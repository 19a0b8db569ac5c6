import { ToolDefinition } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { stringify } from 'yaml';
import { Random, ZipfPicker } from './random';
import { GeneratedFile } from './reportGenerator';
import {
  COMPANIES,
  EDITIONS,
  FIRST_NAMES,
  LAST_NAMES,
  SERIES,
  TEAMS,
  toolPicker,
} from './vocabulary';

const API_VERSION = 'conference-takeaways.dev/v1alpha1';
const TAG = /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/;
const LANGUAGES = ['java', 'go', 'python', 'typescript', 'rust', 'kotlin'];

function slug(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

function toYamlDocuments(documents: object[]): string {
  return documents.map(doc => `---\n${stringify(doc)}`).join('');
}

/** Splits documents into files of at most `perFile` documents each. */
function chunked(
  prefix: string,
  documents: object[],
  perFile: number,
): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (let i = 0; i < documents.length; i += perFile) {
    const index = String(files.length).padStart(3, '0');
    files.push({
      path: `${prefix}-${index}.yaml`,
      content: toYamlDocuments(documents.slice(i, i + perFile)),
    });
  }
  return files;
}

/** What a generated component uses, as written in its descriptor. */
export interface GeneratedComponent {
  name: string;
  tools: string[];
}

/**
 * Generates `Component` descriptors (kind Component, backstage.io) whose
 * tools are given the ways teams write them: tags by slug or alias, or the
 * tools annotation with display names. Some depend on other components.
 */
export function generateComponents(
  count: number,
  options: { seed: number; minTools?: number; maxTools?: number },
): { documents: object[]; components: GeneratedComponent[] } {
  const random = new Random(options.seed);
  const tools = toolPicker();
  const documents: object[] = [];
  const components: GeneratedComponent[] = [];
  for (let i = 0; i < count; i++) {
    const name = `service-${String(i).padStart(5, '0')}`;
    const used = tools.pickDistinct(
      random,
      random.int(options.minTools ?? 1, options.maxTools ?? 4),
    );
    const tags: string[] = [random.pick(LANGUAGES)];
    const annotated: string[] = [];
    for (const tool of used) {
      const alias = (tool.aliases ?? [])
        .map(a => a.toLowerCase())
        .find(a => TAG.test(a));
      const way = random.next();
      if (way < 0.6) {
        tags.push(tool.slug);
      } else if (way < 0.75 && alias) {
        tags.push(alias);
      } else {
        annotated.push(tool.name);
      }
    }
    const metadata: Record<string, unknown> = {
      name,
      description: `Service ${i} of the ${random.pick(TEAMS)}.`,
      tags: [...new Set(tags)],
    };
    if (annotated.length > 0) {
      metadata.annotations = {
        'conference-takeaways.dev/tools': annotated.join(', '),
      };
    }
    const spec: Record<string, unknown> = {
      type: 'service',
      lifecycle: 'production',
      owner: `group:default/${random.pick(TEAMS)}`,
    };
    if (i > 0 && random.chance(0.3)) {
      spec.dependsOn = [
        `component:default/service-${String(random.int(0, i - 1)).padStart(
          5,
          '0',
        )}`,
      ];
    }
    documents.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata,
      spec,
    });
    components.push({ name, tools: used.map(t => t.slug) });
  }
  return { documents, components };
}

/** Components as one YAML file of many documents. */
export function componentsFile(documents: object[]): string {
  return toYamlDocuments(documents);
}

const HEADLINES = [
  '{A} is ready for production',
  '{A} and {B} finally work well together',
  'Running {A} at scale is mostly about good defaults',
  'What is new in {A}',
  'Lessons from migrating to {A}',
  'Day-two operations with {A} are the real test',
];

const SUMMARY = [
  'The main lesson was that {A} needs less tuning than we assumed.',
  'Several speakers compared {A} with {B}, and most preferred {A} for day-two operations.',
  '{company} reported that moving to {A} cut their incident count by a third.',
  'Upgrades were the recurring pain point, and {A} now handles them with far fewer surprises.',
  'The hallway track confirmed that {A} is becoming the default choice for new platforms.',
  'A demo wired {A} to {B} in under ten minutes.',
];

const TALK_TITLES = [
  '{A} at Scale: Lessons from {company}',
  'Zero to Production with {A}',
  "What's New in {A}",
  '{A} and {B}: Better Together',
];

/** Counts of the generated descriptor entities, by kind. */
export interface DescriptorCounts {
  conferences: number;
  talks: number;
  takeaways: number;
}

/**
 * Generates hand-written descriptors of our kinds (what a team keeps in a
 * repository next to its reports): every edition as a Conference, `talks`
 * Talks and `takeaways` Takeaways with spec.tools (most central first) and
 * subject tools, each takeaway citing up to two talks of its conference.
 */
export function generateDescriptors(options: {
  seed: number;
  takeaways: number;
  talks: number;
  perFile?: number;
}): { files: GeneratedFile[]; counts: DescriptorCounts } {
  const random = new Random(options.seed);
  const tools: ZipfPicker<ToolDefinition> = toolPicker();
  // Within the catalog module's default takeaways-per-report limit (200),
  // so no generated takeaway is cut and every count is reached.
  const perFile = options.perFile ?? 200;
  const person = () => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const fill = (template: string, a: ToolDefinition, b: ToolDefinition) =>
    template
      .replace(/\{A\}/g, a.name)
      .replace(/\{B\}/g, b.name)
      .replace(/\{company\}/g, () => random.pick(COMPANIES));

  const conferences = EDITIONS.map(edition => ({
    apiVersion: API_VERSION,
    kind: 'Conference',
    metadata: {
      name: edition.name,
      title: `${SERIES} ${edition.region} ${edition.year}`,
    },
    spec: {
      series: SERIES,
      edition: `${edition.region} ${edition.year}`,
      region: edition.region,
      city: edition.city,
      year: edition.year,
      startDate: edition.startDate,
      endDate: edition.endDate,
    },
  }));

  const talksByEdition = new Map<string, string[]>();
  const talks: object[] = [];
  for (let i = 0; i < options.talks; i++) {
    const edition = random.pick(EDITIONS);
    const used = tools.pickDistinct(random, random.int(1, 3));
    const title = fill(random.pick(TALK_TITLES), used[0], used[1] ?? used[0]);
    const name = `${slug(title, 45)}-t${i.toString(36)}`;
    talks.push({
      apiVersion: API_VERSION,
      kind: 'Talk',
      metadata: { name, title },
      spec: {
        title,
        speakers: Array.from({ length: random.int(1, 2) }, person),
        format: 'talk',
        conference: `conference:default/${edition.name}`,
        recordingUrl: `https://www.youtube.com/watch?v=${random.token(11)}`,
        tools: used.map(t => t.slug),
      },
    });
    const list = talksByEdition.get(edition.name) ?? [];
    list.push(`talk:default/${name}`);
    talksByEdition.set(edition.name, list);
  }

  const takeaways: object[] = [];
  for (let i = 0; i < options.takeaways; i++) {
    const edition = random.pick(EDITIONS);
    const used = tools.pickDistinct(random, random.int(1, 4));
    const [a, b = a] = used;
    const headline = fill(random.pick(HEADLINES), a, b);
    const summary = [0, 1]
      .map(() =>
        random
          .sample(SUMMARY, random.int(2, 3))
          .map(template => fill(template, a, b))
          .join(' '),
      )
      .join('\n\n');
    const author = person();
    const cited = random.sample(
      talksByEdition.get(edition.name) ?? [],
      random.int(0, 2),
    );
    takeaways.push({
      apiVersion: API_VERSION,
      kind: 'Takeaway',
      metadata: {
        name: `${slug(headline, 45)}-k${i.toString(36)}`,
        title: headline,
      },
      spec: {
        headline,
        summary,
        report: {
          title: `${SERIES} ${edition.region} ${edition.year} — notes by ${author}`,
          author,
          date: edition.endDate,
        },
        conference: `conference:default/${edition.name}`,
        ...(cited.length > 0 && { talks: cited }),
        tools: used.map(t => t.slug),
        subjectTools: used.slice(0, random.int(1, 2)).map(t => t.slug),
        owner: `group:default/${random.pick(TEAMS)}`,
      },
    });
  }

  return {
    files: [
      { path: 'conferences.yaml', content: toYamlDocuments(conferences) },
      ...chunked('talks', talks, perFile),
      ...chunked('takeaways', takeaways, perFile),
    ],
    counts: {
      conferences: conferences.length,
      talks: talks.length,
      takeaways: takeaways.length,
    },
  };
}
