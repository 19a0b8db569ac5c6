import { extractReport } from '../report/readReport';
import { ReportParser } from './types';

/**
 * Trip reports as plain text: notes, text copied out of a web page, or a
 * reStructuredText export (its field list is read like front matter).
 */
export const plainTextParser: ReportParser = {
  id: 'plain-text',
  extensions: ['.txt', '.text', '.rst'],
  sniff: () => true,
  parse: (text, context) => extractReport(text, context, 'plain-text'),
};
