import { landscapeToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common/landscape';
import { confineFileExtraction, fileRules } from './confineFileExtraction';
import { ConferenceDictionary } from '../conferences/ConferenceDictionary';
import { compareStrings, mergeEntities } from './merge';
import { parserFor, withDefaultParsers } from './parsers/registry';
import { ReportParser } from './parsers/types';
import { DEFAULT_MAX_FILE_BYTES, decodeReportText } from './sizeAndBinary';
import {
  ExtractionProblem,
  ExtractionResult,
  ExtractOptions,
  FileExtraction,
  ParseContext,
  ReportFile,
  SourcedEntity,
} from './types';

function extractFile(
  file: ReportFile,
  ctx: ParseContext,
  maxBytes: number,
  parsers: ReadonlyArray<ReportParser>,
): FileExtraction {
  const decoded = decodeReportText(file.path, file.content, maxBytes);
  if ('problem' in decoded) {
    return { entities: [], problems: [decoded.problem] };
  }
  const text = decoded.text;
  if (!text.trim()) {
    return { entities: [], problems: [`${file.path} is empty`] };
  }
  const parser = parserFor(parsers, file.path, text);
  if (!parser) {
    return {
      entities: [],
      problems: [`no parser reads ${file.path}`],
    };
  }
  return parser.parse(text, ctx);
}

/**
 * One file's entities, not yet merged with other files', and its problems
 * (each naming the file). Never throws. The entities are held to the
 * location's rules: limits, namespace, annotations, owners, kind schemas.
 */
export function extractFileEntities(
  file: ReportFile,
  options: ExtractOptions = {},
): { entities: SourcedEntity[]; problems: ExtractionProblem[] } {
  const ctx: ParseContext = {
    path: file.path,
    sourceReport: file.url ?? file.path,
    namespace: options.namespace ?? 'default',
    dictionary: options.dictionary ?? landscapeToolDictionary(),
    conferences: options.conferences ?? ConferenceDictionary.default(),
  };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let result: FileExtraction;
  try {
    result = confineFileExtraction(
      extractFile(file, ctx, maxBytes, withDefaultParsers(options.parsers)),
      file.path,
      fileRules(options),
    );
  } catch (error) {
    // a bug or an input we did not foresee: lose this file, not the batch
    result = {
      entities: [],
      problems: [
        `could not read ${file.path}: ${
          (error as Error)?.message ?? String(error)
        }`,
      ],
    };
  }
  return {
    entities: result.entities,
    problems: result.problems.map(message => ({ path: file.path, message })),
  };
}

/**
 * Reads trip reports, descriptors and program exports into catalog
 * entities of the kinds Conference, Talk and Takeaway.
 *
 * Never throws for bad input: a file that cannot be read yields a problem
 * naming the file and what is wrong, and every other file is still
 * extracted. Entities with the same ref from several files are merged (see
 * the README). Output is sorted, so the same files give the same result.
 *
 * @public
 */
export function extractEntities(
  files: ReportFile[],
  options: ExtractOptions = {},
): ExtractionResult {
  const sourced: SourcedEntity[] = [];
  const problems: ExtractionProblem[] = [];
  const ordered = [...files].sort((a, b) => compareStrings(a.path, b.path));
  for (const file of ordered) {
    const result = extractFileEntities(file, options);
    sourced.push(...result.entities);
    problems.push(...result.problems);
  }
  return { entities: mergeEntities(sourced), problems };
}
