import { ToolDefinition, ToolMaturity } from './types';
import { tokenizeTerm } from './tokens';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CATEGORY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MATURITIES: ToolMaturity[] = [
  'graduated',
  'incubating',
  'sandbox',
  'none',
];
const BOOLEAN_FIELDS = [
  'caseSensitive',
  'commonWord',
  'matchName',
  'ubiquitous',
  'archived',
  'concept',
] as const;

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function checkSpellings(
  field: string,
  value: unknown,
  problems: string[],
): void {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value)) {
    problems.push(`${field} must be a list of strings`);
    return;
  }
  value.forEach((item, index) => {
    if (typeof item !== 'string' || tokenizeTerm(item).length === 0) {
      problems.push(`${field}[${index}] must contain a letter or digit`);
    }
  });
}

/**
 * Checks a tool definition, e.g. one read from config or a catalog entity,
 * before it is added to a dictionary. Returns the problems found, each
 * naming the field; an empty list means the definition is usable.
 *
 * @public
 */
export function validateToolDefinition(definition: unknown): string[] {
  if (
    typeof definition !== 'object' ||
    definition === null ||
    Array.isArray(definition)
  ) {
    return ['a tool definition must be an object'];
  }
  const def = definition as Partial<Record<keyof ToolDefinition, unknown>>;
  const problems: string[] = [];
  if (
    typeof def.slug !== 'string' ||
    !SLUG.test(def.slug) ||
    def.slug.length > 63
  ) {
    problems.push(
      'slug must be 1-63 characters of a-z, 0-9 and single hyphens',
    );
  }
  if (typeof def.name !== 'string' || tokenizeTerm(def.name).length === 0) {
    problems.push('name must contain a letter or digit');
  }
  checkSpellings('aliases', def.aliases, problems);
  checkSpellings('unambiguousAliases', def.unambiguousAliases, problems);
  if (
    def.homepage !== undefined &&
    (typeof def.homepage !== 'string' || !isHttpsUrl(def.homepage))
  ) {
    problems.push('homepage must be an https URL');
  }
  if (
    def.maturity !== undefined &&
    !MATURITIES.includes(def.maturity as ToolMaturity)
  ) {
    problems.push(`maturity must be one of ${MATURITIES.join(', ')}`);
  }
  if (
    def.category !== undefined &&
    (typeof def.category !== 'string' || !CATEGORY.test(def.category))
  ) {
    problems.push('category must be lower-case words joined by hyphens');
  }
  if (
    def.partOf !== undefined &&
    (typeof def.partOf !== 'string' || !SLUG.test(def.partOf))
  ) {
    problems.push('partOf must be a tool slug');
  }
  for (const field of BOOLEAN_FIELDS) {
    if (def[field] !== undefined && typeof def[field] !== 'boolean') {
      problems.push(`${field} must be true or false`);
    }
  }
  return problems;
}
