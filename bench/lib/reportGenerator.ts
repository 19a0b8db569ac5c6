import { ToolDefinition } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { Random, ZipfPicker } from './random';
import {
  COMPANIES,
  Edition,
  EDITIONS,
  FIRST_NAMES,
  LAST_NAMES,
  SERIES,
  TEAMS,
  toolPicker,
} from './vocabulary';

/** One generated report file, relative path and text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

interface Talk {
  title: string;
  speakers: string[];
  videoId: string;
}

const HEADLINES = [
  '{A} is ready for production',
  'Why teams are replacing {B} with {A}',
  '{A} and {B} finally work well together',
  'Running {A} at scale is mostly about good defaults',
  'What is new in {A}, and what it means for us',
  '{A} makes on-call noticeably quieter',
  'Day-two operations with {A} are the real test',
  'Nobody wants to operate {A} by hand any more',
  '{A} needs a clear owner before we adopt it',
  'Lessons from migrating to {A}',
];

const SENTENCES = [
  '{person} from {company} showed how they run {A} across dozens of clusters.',
  'The main lesson was that {A} needs less tuning than we assumed.',
  'Several speakers compared {A} with {B}, and most preferred {A} for day-two operations.',
  'We should try {A} in our staging environment before the next planning cycle.',
  'Upgrades were the recurring pain point, and {A} now handles them with far fewer surprises.',
  'The hallway track confirmed that {A} is becoming the default choice for new platforms.',
  'A demo wired {A} to {B} in under ten minutes, which says a lot about how far both have come.',
  '{company} reported that moving to {A} cut their incident count by a third.',
  'The maintainers of {A} asked for more production feedback, especially from teams using {B}.',
  'Adoption of {A} is no longer limited to early adopters; {company} runs it for every team.',
];

const FILLER = [
  'The room was full and the questions went on well past the slot.',
  'Nobody claimed this was easy, but the patterns are now well understood.',
  'We wrote down three follow-ups for our own platform.',
  'Most of the talk was about the organisation around the technology rather than the technology itself.',
  'It was refreshing to hear a speaker talk openly about what went wrong.',
  'The recordings are worth watching for anyone on the platform team.',
];

const TITLE_PHRASES = [
  'what we brought back',
  'notes from the conference floor',
  'our takeaways',
  'a trip report',
  'the talks that mattered to us',
];

const TALK_TITLES = [
  '{A} at Scale: Lessons from {company}',
  'Zero to Production with {A}',
  "What's New in {A}",
  'Debugging {A} in Anger',
  '{A} and {B}: Better Together',
  'Five Years of {A} in Production',
  'Securing {A} Without Slowing Teams Down',
  'A Deep Dive into {A} Internals',
];

function regionLabel(edition: Edition): string {
  return `${edition.region} ${edition.year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Generates realistic Markdown trip reports: frontmatter, an intro, 5 to 8
 * `##` takeaways that name tools of the dictionary, `Tools:` lines and
 * `Talks:` lists citing talks shared between reports of the same edition.
 * The same count and seed always give the same files.
 */
export class ReportGenerator {
  readonly #random: Random;
  readonly #tools: ZipfPicker<ToolDefinition>;
  /** Talks per edition and tool, so reports of one edition cite the same talks. */
  readonly #talks = new Map<string, Talk[]>();
  readonly #titles = new Set<string>();

  constructor(seed: number) {
    this.#random = new Random(seed);
    this.#tools = toolPicker();
  }

  generate(count: number): GeneratedFile[] {
    const files: GeneratedFile[] = [];
    for (let i = 0; i < count; i++) {
      files.push(this.#report(i));
    }
    return files;
  }

  #person(): string {
    return `${this.#random.pick(FIRST_NAMES)} ${this.#random.pick(LAST_NAMES)}`;
  }

  #fill(template: string, a: ToolDefinition, b: ToolDefinition): string {
    return template
      .replace(/\{A\}/g, a.name)
      .replace(/\{B\}/g, b.name)
      .replace(/\{person\}/g, () => this.#person())
      .replace(/\{company\}/g, () => this.#random.pick(COMPANIES));
  }

  #report(index: number): GeneratedFile {
    const random = this.#random;
    const edition = random.pick(EDITIONS);
    const author = this.#person();
    let title = `${SERIES} ${regionLabel(edition)} — ${random.pick(
      TITLE_PHRASES,
    )} (${author})`;
    if (this.#titles.has(title)) {
      title = `${title} #${index}`;
    }
    this.#titles.add(title);

    const lines = ['---', `title: '${title}'`];
    if (random.chance(0.7)) {
      lines.push(
        'conference:',
        `  series: ${SERIES}`,
        `  region: ${edition.region}`,
        `  year: ${edition.year}`,
        `  city: ${edition.city}`,
        `  startDate: ${edition.startDate}`,
        `  endDate: ${edition.endDate}`,
      );
    } else {
      lines.push(`conference: ${edition.name}`);
    }
    lines.push(
      `author: ${author}`,
      `date: ${addDays(edition.endDate, random.int(3, 40))}`,
    );
    if (random.chance(0.5)) {
      lines.push(`url: https://blog.example.com/${slug(title)}`);
    }
    if (random.chance(0.7)) {
      lines.push(`owner: group:default/${random.pick(TEAMS)}`);
    }
    lines.push('---', '');
    lines.push(
      `${author} spent the conference days in ${edition.city}. ${random.pick(
        FILLER,
      )} These are the themes we think matter for our own platform.`,
      '',
    );

    const headlines = new Set<string>();
    const sections = random.int(5, 8);
    for (let s = 0; s < sections; s++) {
      lines.push(...this.#section(edition, headlines));
    }
    if (random.chance(0.2)) {
      const [tool] = this.#tools.pickDistinct(random, 1);
      lines.push('## Talks', '');
      for (const talk of this.#citedTalks(edition, tool, tool, 2)) {
        lines.push(this.#talkItem(talk));
      }
      lines.push('');
    }
    const name = `${edition.name}-${String(index).padStart(5, '0')}.md`;
    return {
      path: `${edition.year}/${name}`,
      content: `${lines.join('\n')}\n`,
    };
  }

  #section(edition: Edition, headlines: Set<string>): string[] {
    const random = this.#random;
    const [a, b = a, ...mentions] = this.#tools.pickDistinct(
      random,
      random.int(2, 5),
    );
    let headline = this.#fill(random.pick(HEADLINES), a, b);
    for (let tries = 0; headlines.has(headline) && tries < 5; tries++) {
      headline = this.#fill(random.pick(HEADLINES), a, b);
    }
    headlines.add(headline);

    const out = [`## ${headline}`, ''];
    const paragraphs = random.int(1, 3);
    for (let p = 0; p < paragraphs; p++) {
      const count = random.int(2, 4);
      const fillers = random.int(0, 1);
      const sentences = [
        ...random
          .sample(SENTENCES, count - fillers)
          .map(template => capitalise(this.#fill(template, a, b))),
        ...random.sample(FILLER, fillers),
      ];
      if (p === paragraphs - 1 && mentions.length > 0) {
        sentences.push(
          `Along the way people also mentioned ${mentions
            .map(tool => tool.name)
            .join(' and ')}.`,
        );
      }
      out.push(sentences.join(' '), '');
    }
    if (random.chance(0.3)) {
      out.push(`Tools: ${[a, b].map(tool => tool.slug).join(', ')}`, '');
    }
    if (random.chance(0.7)) {
      out.push('Talks:', '');
      for (const talk of this.#citedTalks(edition, a, b, random.int(1, 3))) {
        out.push(this.#talkItem(talk));
      }
      out.push('');
    }
    return out;
  }

  #citedTalks(
    edition: Edition,
    a: ToolDefinition,
    b: ToolDefinition,
    count: number,
  ): Talk[] {
    const key = `${edition.name}|${a.slug}`;
    let pool = this.#talks.get(key);
    if (!pool) {
      pool = [];
      const size = this.#random.int(1, 4);
      const titles = this.#random.sample(TALK_TITLES, size);
      for (const template of titles) {
        pool.push({
          title: this.#fill(template, a, b),
          speakers: Array.from({ length: this.#random.int(1, 2) }, () =>
            this.#person(),
          ),
          videoId: this.#random.token(11),
        });
      }
      this.#talks.set(key, pool);
    }
    return this.#random.sample(pool, count);
  }

  #talkItem(talk: Talk): string {
    const url = `https://www.youtube.com/watch?v=${talk.videoId}`;
    const form = this.#random.int(0, 2);
    if (form === 0) {
      return `- "${talk.title}" by ${talk.speakers.join(' & ')} — ${url}`;
    }
    if (form === 1) {
      return `- [${talk.title}](${url}) by ${talk.speakers.join(', ')}`;
    }
    return `- Keynote: "${talk.title}" by ${talk.speakers.join(' & ')}`;
  }
}
