import {
  DEFAULT_EXTRACTION_LIMITS,
  ExtractionLimits,
  limitFileEntities,
} from './bounds';
import { entityValidityProblem } from './entityValidity';
import { confineReportClaims } from './reportClaims';
import { ExtractOptions, FileExtraction } from './types';

/** The rules every file's entities are held to, whatever its format. */
export interface FileRules {
  namespace: string;
  allowedAnnotations: ReadonlyArray<string>;
  limits: ExtractionLimits;
}

/**
 * What one file may contribute: within the limits, claiming only what a
 * report may claim, and only entities the catalog will accept, so that an
 * invalid entity is reported once, at extraction, naming the file, rather
 * than rejected by the catalog on every processing cycle.
 */
export function confineFileExtraction(
  extraction: FileExtraction,
  path: string,
  rules: FileRules,
): FileExtraction {
  const limited = limitFileEntities(extraction.entities, path, rules.limits);
  const confined = confineReportClaims(limited.entities, path, rules);
  const problems = [
    ...extraction.problems,
    ...limited.problems,
    ...confined.problems,
  ];
  const entities = confined.entities.filter(({ entity }) => {
    const problem = entityValidityProblem(entity);
    if (problem) {
      problems.push(
        `${entity.kind} ${entity.metadata.name} in ${path} ${problem}; it is skipped`,
      );
    }
    return !problem;
  });
  return { entities, problems };
}

/** The rules of {@link confineFileExtraction} from the extraction options. */
export function fileRules(options: ExtractOptions): FileRules {
  return {
    namespace: options.namespace ?? 'default',
    allowedAnnotations: options.allowedAnnotations ?? [],
    limits: { ...DEFAULT_EXTRACTION_LIMITS, ...options.limits },
  };
}
