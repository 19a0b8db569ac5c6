import { parse, parseAllDocuments, YAMLError } from 'yaml';

/**
 * Aliases allowed per document. Descriptors and frontmatter barely need
 * any; a low limit makes "billion laughs" documents fail at once.
 */
export const MAX_YAML_ALIASES = 20;

function describe(error: unknown): string {
  if (error instanceof YAMLError && error.linePos) {
    const { line, col } = error.linePos[0];
    const firstLine = error.message
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '');
    return `line ${line}, column ${col}: ${firstLine}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/alias count/i.test(message)) {
    return `too many aliases (the limit is ${MAX_YAML_ALIASES}): ${message}`;
  }
  return message;
}

/** Every document of a YAML stream as plain data; throws with a line number. */
export function parseYamlDocuments(text: string): unknown[] {
  const parsed = parseAllDocuments(text, { prettyErrors: true });
  const documents = Array.isArray(parsed) ? parsed : [parsed];
  return documents.map(document => {
    if (document.errors.length) {
      throw new Error(describe(document.errors[0]));
    }
    try {
      return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      throw new Error(describe(error));
    }
  });
}

/** One YAML document (e.g. frontmatter) as plain data. */
export function parseYamlValue(text: string): unknown {
  try {
    return parse(text, {
      prettyErrors: true,
      maxAliasCount: MAX_YAML_ALIASES,
    });
  } catch (error) {
    throw new Error(describe(error));
  }
}
