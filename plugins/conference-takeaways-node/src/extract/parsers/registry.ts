import { descriptorParser } from './descriptorParser';
import { markdownParser } from './markdownParser';
import { plainTextParser } from './plainTextParser';
import { sessionizeParser } from './sessionizeParser';
import { ReportParser } from './types';

/**
 * The formats read out of the box. Plain text comes last: it accepts any
 * text that no other parser recognises.
 *
 * @public
 */
export const defaultReportParsers: ReadonlyArray<ReportParser> = [
  markdownParser,
  descriptorParser,
  sessionizeParser,
  plainTextParser,
];

/**
 * Added parsers first, so they can claim endings the defaults also read.
 *
 * @public
 */
export function withDefaultParsers(
  extra: ReadonlyArray<ReportParser> = [],
): ReportParser[] {
  return [...extra, ...defaultReportParsers];
}

/**
 * The parser for a file: the one claiming the longest matching ending, or,
 * for endings nobody claims, the first whose `sniff` accepts the text.
 */
export function parserFor(
  parsers: ReadonlyArray<ReportParser>,
  path: string,
  text: string,
): ReportParser | undefined {
  const lower = path.toLowerCase();
  let best: { parser: ReportParser; length: number } | undefined;
  for (const parser of parsers) {
    for (const ending of parser.extensions) {
      if (lower.endsWith(ending) && ending.length > (best?.length ?? 0)) {
        best = { parser, length: ending.length };
      }
    }
  }
  return best?.parser ?? parsers.find(p => p.sniff?.(text));
}

/**
 * The file endings the registered parsers read, for location readers that
 * list files.
 *
 * @public
 */
export function reportFileExtensions(
  parsers: ReadonlyArray<ReportParser> = defaultReportParsers,
): string[] {
  return [...new Set(parsers.flatMap(p => p.extensions))].sort();
}
