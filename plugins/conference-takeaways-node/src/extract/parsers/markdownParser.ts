import { extractReport } from '../report/readReport';
import { hasYamlFrontmatter } from '../report/frontmatter';
import { ReportParser } from './types';

/** Trip reports in Markdown, with any blog's front matter or none. */
export const markdownParser: ReportParser = {
  id: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  sniff: text => hasYamlFrontmatter(text),
  parse: (text, context) => extractReport(text, context, 'markdown'),
};
