import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOURCE_REPORT,
  CONFERENCE_KIND,
  CONFERENCE_TAKEAWAYS_API_VERSION,
  TAKEAWAY_KIND,
  TALK_KIND,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { isHttpUrl } from './links';
import { FileExtraction, ParseContext } from './types';
import { parseYamlDocuments } from './yaml';

const OUR_KINDS = [CONFERENCE_KIND, TALK_KIND, TAKEAWAY_KIND];

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every URL field of our kinds that must be http(s). */
function urlFields(doc: Record<string, any>): Array<[string, unknown]> {
  const fields: Array<[string, unknown]> = [];
  const links = doc.metadata?.links;
  if (Array.isArray(links)) {
    links.forEach((link, i) =>
      fields.push([
        `metadata.links[${i}].url`,
        isObject(link) ? link.url : link,
      ]),
    );
  }
  for (const key of ['recordingUrl', 'slidesUrl']) {
    if (doc.spec?.[key] !== undefined) {
      fields.push([`spec.${key}`, doc.spec[key]]);
    }
  }
  if (isObject(doc.spec?.report) && doc.spec.report.url !== undefined) {
    fields.push(['spec.report.url', doc.spec.report.url]);
  }
  return fields;
}

/** Why a document is not one of our entities, or undefined when it is. */
function shapeProblem(doc: unknown): string | undefined {
  if (!isObject(doc)) {
    return 'is not a mapping';
  }
  if (!OUR_KINDS.includes(doc.kind)) {
    return typeof doc.kind === 'string'
      ? `has unknown kind "${doc.kind}" (expected ${OUR_KINDS.join(', ')})`
      : 'has no kind';
  }
  if (doc.apiVersion !== CONFERENCE_TAKEAWAYS_API_VERSION) {
    return `has apiVersion "${doc.apiVersion}", expected "${CONFERENCE_TAKEAWAYS_API_VERSION}"`;
  }
  if (
    !isObject(doc.metadata) ||
    typeof doc.metadata.name !== 'string' ||
    !doc.metadata.name
  ) {
    return 'has no metadata.name';
  }
  if (!isObject(doc.spec)) {
    return 'has no spec';
  }
  const badUrl = urlFields(doc).find(([, url]) => !isHttpUrl(url));
  if (badUrl) {
    return `has ${badUrl[0]} ${JSON.stringify(
      badUrl[1],
    )}, which is not an http(s) URL`;
  }
  return undefined;
}

/**
 * Hand-written entity descriptors (multi-document YAML) of our three kinds.
 * A YAML syntax error rejects the file; a document of another kind or with a
 * broken shape is reported and skipped, the other documents still count.
 * Full schema validation is left to the catalog processor.
 */
export function extractDescriptor(
  text: string,
  ctx: ParseContext,
): FileExtraction {
  let documents: unknown[];
  try {
    documents = parseYamlDocuments(text);
  } catch (error) {
    return {
      entities: [],
      problems: [`invalid YAML in ${ctx.path}: ${(error as Error).message}`],
    };
  }
  const result: FileExtraction = { entities: [], problems: [] };
  documents.forEach((doc, index) => {
    if (doc === null || doc === undefined) {
      return; // an empty document, e.g. after a trailing `---`
    }
    const where = documents.length > 1 ? ` (document ${index + 1})` : '';
    const problem = shapeProblem(doc);
    if (problem) {
      const kind = isObject(doc) ? doc.kind : undefined;
      result.problems.push(
        typeof kind === 'string' && !OUR_KINDS.includes(kind)
          ? `unknown kind ${kind} in ${ctx.path}${where}; only ${OUR_KINDS.join(
              ', ',
            )} are accepted`
          : `entity in ${ctx.path}${where} ${problem}`,
      );
      return;
    }
    const entity = structuredClone(doc) as Entity;
    entity.metadata.namespace ??= ctx.namespace;
    entity.metadata.annotations = {
      ...entity.metadata.annotations,
      [ANNOTATION_SOURCE_REPORT]: ctx.sourceReport,
    };
    result.entities.push({ entity, origin: 'descriptor', path: ctx.path });
  });
  return result;
}
