import { ToolDefinition } from '../types';

/** The name counts only with its casing ("Flask", "Cypress"). */
export const CASED = { caseSensitive: true } as const;

/**
 * An everyday word ("Port", "Chef"): only with its casing and not where any
 * word is capitalised (a sentence's first word, a title).
 */
export const GUARDED = { caseSensitive: true, commonWord: true } as const;

/** slug, display name, homepage, then anything else the tool needs. */
export type ToolRow = [
  slug: string,
  name: string,
  homepage: string,
  extra?: Partial<ToolDefinition>,
];

/**
 * Tools outside the CNCF (maturity `none`) of one category, written as
 * rows so a long list stays readable.
 */
export function toolsOf(category: string, rows: ToolRow[]): ToolDefinition[] {
  return rows.map(([slug, name, homepage, extra]) => ({
    slug,
    name,
    homepage,
    maturity: 'none',
    category,
    ...extra,
  }));
}
