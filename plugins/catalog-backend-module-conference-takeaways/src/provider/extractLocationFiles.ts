import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  extractEntities,
  extractEntitiesIsolated,
  ExtractionResult,
  IsolatedExtractOptions,
  ReportFile,
  ReportParser,
  reportFileExtensions,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-node';

/**
 * Extracts one location's files. Built-in formats are parsed in a worker
 * thread with a time budget per file; files claimed by parsers added through
 * the extension point are parsed by those parsers here, since code cannot be
 * handed to another thread. When both yield one entity, the built-in one is
 * kept.
 */
export async function extractLocationFiles(
  files: ReportFile[],
  options: IsolatedExtractOptions,
  parsers: ReadonlyArray<ReportParser>,
): Promise<ExtractionResult> {
  const added = reportFileExtensions(parsers);
  const claimed = (file: ReportFile) =>
    added.some(ending => file.path.toLowerCase().endsWith(ending));
  const isolated = await extractEntitiesIsolated(
    files.filter(file => !claimed(file)),
    options,
  );
  const custom = files.filter(claimed);
  if (!custom.length) {
    return isolated;
  }
  const {
    timeBudgetMs: _unused,
    maxWorkerMemoryMb: _alsoUnused,
    ...rest
  } = options;
  const extra = extractEntities(custom, { ...rest, parsers });
  const seen = new Set(isolated.entities.map(e => stringifyEntityRef(e)));
  return {
    entities: [
      ...isolated.entities,
      ...extra.entities.filter(e => !seen.has(stringifyEntityRef(e))),
    ],
    problems: [...isolated.problems, ...extra.problems],
  };
}
