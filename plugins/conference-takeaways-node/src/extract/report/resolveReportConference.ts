import {
  ConferenceInfo,
  conferenceEntityName,
  conferenceTitle,
} from '../conference';
import { detectConference } from '../plainTextConference';
import { ParseContext } from '../types';
import { conferenceFromFrontmatter } from './frontmatterConference';
import { ReportHints } from './reportHints';

/** The conference a report is about, and how we know. */
export interface ReportConference {
  /** Undefined when it cannot be told: the takeaways are kept without one. */
  resolved?: { name: string; info?: ConferenceInfo };
  /** Facts inferred rather than given, in plain words. */
  inferred: string[];
  problems: string[];
}

/**
 * The report's conference: the `conference` front matter key when it is
 * usable, else inferred from the title, tags, dates and body.
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
      return { resolved: given, inferred: [], problems };
    }
    problems.push(
      `front matter conference in ${ctx.path} ignored (${given.problem}); the conference is inferred from the report instead`,
    );
  }
  const text = [title, hints.tags.join(', '), hints.description, body]
    .filter(Boolean)
    .join('\n');
  const detected = detectConference(text);
  if ('problem' in detected) {
    problems.push(
      `no conference could be told from ${ctx.path} (${detected.problem}); its takeaways are kept without one — add "conference:" to its front matter`,
    );
    return { inferred: [], problems };
  }
  const info = detected.info;
  return {
    resolved: { name: conferenceEntityName(info), info },
    inferred: [`conference: ${conferenceTitle(info)} (from the report's text)`],
    problems,
  };
}
