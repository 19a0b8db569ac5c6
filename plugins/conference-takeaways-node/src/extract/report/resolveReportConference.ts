import { detectConferences } from '../../conferences/detectConferences';
import {
  DetectedEdition,
  EditionEvidence,
} from '../../conferences/detectionTypes';
import { ConferenceInfo } from '../conference';
import { ParseContext } from '../types';
import { conferenceFromFrontmatter } from './frontmatterConference';
import { ReportHints } from './reportHints';

/** A conference edition with the entity name it gets. */
export interface NamedConference {
  name: string;
  info?: ConferenceInfo;
}

/** The conference(s) a report is about, and how we know. */
export interface ReportConference {
  /** Undefined when it cannot be told: the takeaways are kept without one. */
  resolved?: NamedConference;
  /** Other editions the report covers (e.g. a second conference). */
  others: NamedConference[];
  /** Facts inferred rather than given, in plain words. */
  inferred: string[];
  problems: string[];
}

function infoOf(edition: DetectedEdition): ConferenceInfo | undefined {
  if (!edition.year) {
    return undefined;
  }
  return {
    series: edition.series,
    year: edition.year,
    region: edition.region,
    city: edition.city,
    startDate: edition.startDate,
    endDate: edition.endDate,
  };
}

function named(edition: DetectedEdition): NamedConference | undefined {
  const info = infoOf(edition);
  return info && edition.name ? { name: edition.name, info } : undefined;
}

/** "series and city from the title, year from the publication date". */
function describeEvidence(evidence: EditionEvidence[]): string {
  const bySource = new Map<string, string[]>();
  for (const { field, from } of evidence) {
    const fields = bySource.get(from) ?? [];
    if (!fields.includes(field)) {
      fields.push(field);
    }
    bySource.set(from, fields);
  }
  return [...bySource]
    .map(([from, fields]) => `${fields.join(' and ')} from the ${from}`)
    .join('; ');
}

/**
 * The report's conference: the `conference` front matter key when it is
 * usable, else inferred from the title, tags, dates and body with the
 * conference dictionary.
 */
export function resolveReportConference(input: {
  hints: ReportHints;
  title: string;
  body: string;
  ctx: ParseContext;
}): ReportConference {
  const { hints, title, body, ctx } = input;
  const problems: string[] = [];
  if (hints.conference !== undefined) {
    const given = conferenceFromFrontmatter(hints.conference);
    if ('name' in given) {
      return { resolved: given, others: [], inferred: [], problems };
    }
    problems.push(
      `front matter conference in ${ctx.path} ignored (${given.problem}); the conference is inferred from the report instead`,
    );
  }
  const detection = detectConferences(
    {
      title,
      tags: hints.tags,
      text: [hints.description, body].filter(Boolean).join('\n'),
      publishedDate: hints.date,
    },
    ctx.conferences,
  );
  const main = detection.main && named(detection.main);
  const others = detection.others
    .map(named)
    .filter((c): c is NamedConference => Boolean(c && c.name !== main?.name));
  const inferred = [
    ...(detection.main && main
      ? [
          `conference: ${detection.main.title} (${describeEvidence(
            detection.main.evidence,
          )})`,
        ]
      : []),
    ...detection.others
      .filter(o => o.name && o.name !== main?.name)
      .map(o => `also covers: ${o.title}`),
  ];
  if (!main) {
    const why = detection.main
      ? `${detection.main.title} is named but not its year`
      : detection.problem ?? 'no conference is named';
    problems.push(
      `no conference could be told from ${ctx.path} (${why}); its takeaways are kept without one — add "conference:" to its front matter`,
    );
  }
  return { resolved: main, others, inferred, problems };
}
