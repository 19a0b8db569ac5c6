import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_INFERRED,
  ANNOTATION_SOURCE_REPORT,
  ANNOTATION_UNKNOWN,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ExtractionProblem } from '../extract/types';

function count(entities: Entity[], kind: string): number {
  return entities.filter(e => e.kind === kind).length;
}

function annotationLines(entities: Entity[], key: string): string[] {
  const lines = entities.flatMap(
    e => e.metadata.annotations?.[key]?.split('\n') ?? [],
  );
  return [...new Set(lines.filter(Boolean))];
}

/**
 * What the portal would make of one file, for people checking a report
 * before they commit it: what it yields, what was inferred rather than read,
 * what remains unknown, and its problems.
 */
export function describeFile(
  path: string,
  entities: Entity[],
  problems: ExtractionProblem[],
): string {
  const own = entities.filter(
    e => e.metadata.annotations?.[ANNOTATION_SOURCE_REPORT] === path,
  );
  // a conference two reports name is one entity, attributed to one of them
  const named = new Set(
    own.flatMap(e => {
      const ref = (e.spec as { conference?: unknown } | undefined)?.conference;
      return typeof ref === 'string' ? [ref.replace(/^conference:/, '')] : [];
    }),
  );
  const conferences = entities
    .filter(
      e =>
        e.kind === 'Conference' &&
        (named.has(`${e.metadata.namespace ?? 'default'}/${e.metadata.name}`) ||
          own.includes(e)),
    )
    .map(e => e.metadata.title ?? e.metadata.name);
  const lines = [
    `${path}: ${count(own, 'Takeaway')} takeaway(s), ${count(
      own,
      'Talk',
    )} talk(s); conference: ${conferences.join(' + ') || 'unknown'}`,
  ];
  for (const inferred of annotationLines(own, ANNOTATION_INFERRED)) {
    lines.push(`  inferred ${inferred}`);
  }
  const unknown = annotationLines(own, ANNOTATION_UNKNOWN);
  if (unknown.length) {
    lines.push(`  unknown: ${unknown.join(', ')}`);
  }
  if (!own.length) {
    lines.push('  rejected: nothing could be read from it');
  }
  for (const problem of problems.filter(p => p.path === path)) {
    lines.push(`  problem: ${problem.message}`);
  }
  return `${lines.join('\n')}\n`;
}
