/** Sizes and knobs of the benchmarks, read from the environment. */
function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  }
  return value;
}

export interface BenchSettings {
  seed: number;
  /** Markdown reports for extraction and time-to-catalog. */
  reports: number;
  /** Takeaways, talks and components in the relevance benchmark. */
  takeaways: number;
  talks: number;
  components: number;
  /** The relevance benchmark's sizes like the example catalog's. */
  example: { takeaways: number; talks: number; components: number };
  /** Measured requests per endpoint, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
  port: number;
  /** Seconds between two processings of the same entity. */
  processingIntervalSeconds: number;
  /** Longest wait for ingestion, per measurement. */
  ingestTimeoutSeconds: number;
  backendLogLevel: string;
  /** Extra node arguments for the backend, e.g. `--cpu-prof`. */
  backendNodeArgs: string[];
  keepTemp: boolean;
}

export function readSettings(): BenchSettings {
  return {
    seed: intFromEnv('BENCH_SEED', 20220516),
    reports: intFromEnv('BENCH_REPORTS', 1000),
    takeaways: intFromEnv('BENCH_TAKEAWAYS', 10000),
    talks: intFromEnv('BENCH_TALKS', 1000),
    components: intFromEnv('BENCH_COMPONENTS', 5000),
    example: {
      takeaways: intFromEnv('BENCH_EXAMPLE_TAKEAWAYS', 33),
      talks: intFromEnv('BENCH_EXAMPLE_TALKS', 13),
      components: intFromEnv('BENCH_EXAMPLE_COMPONENTS', 12),
    },
    requests: intFromEnv('BENCH_REQUESTS', 300),
    warmup: intFromEnv('BENCH_WARMUP', 30),
    port: intFromEnv('BENCH_PORT', 7401),
    processingIntervalSeconds: intFromEnv('BENCH_PROCESSING_INTERVAL', 1800),
    ingestTimeoutSeconds: intFromEnv('BENCH_INGEST_TIMEOUT', 420),
    backendLogLevel: process.env.BENCH_BACKEND_LOG_LEVEL || 'info',
    backendNodeArgs: (process.env.BENCH_BACKEND_NODE_ARGS ?? '')
      .split(/\s+/)
      .filter(Boolean),
    keepTemp: process.env.BENCH_KEEP_TEMP === '1',
  };
}
