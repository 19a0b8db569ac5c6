import type { FileExtraction, ParseContext } from '../types';

/**
 * One input format of the extractor. A new format is one object of this
 * shape, registered through the catalog module's extension point (or passed
 * to `extractEntities` as an option); the file extensions the provider reads
 * are those of the registered parsers.
 *
 * @public
 */
export interface ReportParser {
  /** Short id used in messages, e.g. `markdown`. */
  id: string;
  /** Lower-case file name endings this parser reads, e.g. `.md`, `.sessionize.json`. */
  extensions: string[];
  /**
   * For files whose ending no parser claims: true when the text looks like
   * this format. Parsers are asked in registration order.
   */
  sniff?(text: string): boolean;
  /** Reads one file; never throws for bad input, reports problems instead. */
  parse(text: string, context: ParseContext): FileExtraction;
}
