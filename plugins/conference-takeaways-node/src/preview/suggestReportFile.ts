import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { TakeawayReport } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { stringify } from 'yaml';
import { readFrontmatter } from '../extract/report/frontmatter';

/**
 * A report file ready to commit: its front matter states what the portal
 * otherwise had to infer (title, conference, author, date), so the next
 * reading cannot guess differently. See {@link suggestReportFile}.
 *
 * @public
 */
export interface SuggestedReportFile {
  /** The front matter, as a YAML object. */
  frontmatter: Record<string, unknown>;
  /** The whole file: the suggested front matter, then the report's body. */
  content: string;
}

function reportOf(entities: Entity[]): TakeawayReport | undefined {
  const takeaway = entities.find(e => e.kind === 'Takeaway');
  return takeaway?.spec?.report as TakeawayReport | undefined;
}

function conferenceNameOf(entities: Entity[]): string | undefined {
  const ref = entities.find(
    e =>
      (e.kind === 'Takeaway' || e.kind === 'Talk') &&
      typeof e.spec?.conference === 'string',
  )?.spec?.conference as string | undefined;
  if (!ref) {
    return undefined;
  }
  const { namespace, name } = parseEntityRef(ref, {
    defaultKind: 'conference',
    defaultNamespace: 'default',
  });
  return namespace === 'default' ? name : `${namespace}/${name}`;
}

/**
 * The report with front matter naming what was extracted from it: the keys
 * the report already had are kept, ours replace theirs of the same name.
 * `entities` are what extracting `text` yielded.
 *
 * @public
 */
export function suggestReportFile(
  text: string,
  path: string,
  entities: Entity[],
): SuggestedReportFile {
  const { data, body } = readFrontmatter(text, path);
  const report = reportOf(entities);
  const ours: Record<string, unknown> = {
    title: report?.title,
    conference: conferenceNameOf(entities),
    author: report?.author,
    date: report?.date,
    url: report?.url,
  };
  const oursLower = new Set(
    Object.entries(ours)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key),
  );
  const frontmatter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ours)) {
    if (value !== undefined) {
      frontmatter[key] = value;
    }
  }
  for (const [key, value] of Object.entries(data)) {
    if (!oursLower.has(key.toLocaleLowerCase('en-US'))) {
      frontmatter[key] = value;
    }
  }
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return {
    frontmatter,
    content: `---\n${yaml}---\n\n${body.replace(/^\s*\n/, '')}`,
  };
}
