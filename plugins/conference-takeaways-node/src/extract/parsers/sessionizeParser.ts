import { extractSessionize, looksLikeSessionize } from '../sessionize';
import type { FileExtraction, ParseContext } from '../types';
import { ReportParser } from './types';

function parseSessionize(text: string, context: ParseContext): FileExtraction {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      entities: [],
      problems: [
        `invalid JSON in ${context.path}: ${(error as Error).message}`,
      ],
    };
  }
  if (
    context.path.toLowerCase().endsWith('.sessionize.json') ||
    looksLikeSessionize(data)
  ) {
    return extractSessionize(data, context);
  }
  return {
    entities: [],
    problems: [
      `unsupported JSON in ${context.path}: only Sessionize "All data" exports (sessions, speakers, categories) are read`,
    ],
  };
}

/** Sessionize "All data" program exports. */
export const sessionizeParser: ReportParser = {
  id: 'sessionize',
  extensions: ['.sessionize.json', '.json'],
  sniff: text => text.trimStart().startsWith('{'),
  parse: parseSessionize,
};
