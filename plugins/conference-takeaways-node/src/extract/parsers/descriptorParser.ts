import { extractDescriptor } from '../descriptor';
import { ReportParser } from './types';

/** Conference, Talk and Takeaway entities written as catalog YAML. */
export const descriptorParser: ReportParser = {
  id: 'descriptor',
  extensions: ['.yaml', '.yml'],
  sniff: text => /^apiVersion:/m.test(text) && /^kind:/m.test(text),
  parse: extractDescriptor,
};
