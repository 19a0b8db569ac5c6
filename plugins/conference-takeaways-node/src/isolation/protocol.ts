import { ToolDefinition } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
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

/** Worker options with a fingerprint, so a thread is sent them only once. */
export interface KeyedWorkerOptions {
  key: string;
  options: WorkerOptions;
}

/** Makes `options` the ones the following files are extracted with. */
export interface ConfigureRequest extends KeyedWorkerOptions {
  type: 'configure';
}

/** One file to extract, as it crosses the thread boundary. */
export interface FileRequest {
  type: 'file';
  id: number;
  path: string;
  content: Uint8Array;
  url?: string;
}

/** Messages to the worker. */
export type WorkerRequest = ConfigureRequest | FileRequest;

/** Messages from the worker. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'configured'; key: string }
  | {
      type: 'result';
      id: number;
      entities: SourcedEntity[];
      problems: ExtractionProblem[];
    };
