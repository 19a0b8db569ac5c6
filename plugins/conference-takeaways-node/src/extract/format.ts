import { hasFrontmatter } from './markdown';

/** The report formats the extractor reads. */
export type ReportFormat =
  | 'descriptor'
  | 'markdown'
  | 'plain-text'
  | 'sessionize'
  | 'json';

/**
 * Picks the format by file extension; unknown extensions are sniffed:
 * frontmatter ⇒ Markdown, a JSON object ⇒ JSON, `apiVersion:` + `kind:`
 * lines ⇒ descriptor, anything else ⇒ plain text.
 */
export function reportFormat(path: string, text: string): ReportFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.sessionize.json')) return 'sessionize';
  if (lower.endsWith('.json')) return 'json';
  if (/\.ya?ml$/.test(lower)) return 'descriptor';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (lower.endsWith('.txt')) return 'plain-text';
  const trimmed = text.trimStart();
  if (hasFrontmatter(text)) return 'markdown';
  if (trimmed.startsWith('{')) return 'json';
  if (/^apiVersion:/m.test(text) && /^kind:/m.test(text)) return 'descriptor';
  return 'plain-text';
}
