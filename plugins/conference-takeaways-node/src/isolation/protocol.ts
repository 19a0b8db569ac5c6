import { ToolDefinition } from '@internal/backstage-plugin-conference-takeaways-common';
import type { ConferenceSeriesDefinition } from '../conferences/types';
import {
  ExtractionProblem,
  ExtractOptions,
  SourcedEntity,
} from '../extract/types';

/** Options a worker can receive: plain data, the dictionary as its tools. */
export type WorkerOptions = Omit<
  ExtractOptions,
  'dictionary' | 'conferences' | 'parsers'
> & {
  tools?: ToolDefinition[];
  conferenceSeries?: ReadonlyArray<ConferenceSeriesDefinition>;
};

/** One file to extract, as it crosses the thread boundary. */
export interface FileRequest {
  id: number;
  path: string;
  content: Uint8Array;
  url?: string;
}

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'ready' }
  | {
      type: 'result';
      id: number;
      entities: SourcedEntity[];
      problems: ExtractionProblem[];
    };
