import { percentile } from './report';

export interface Throughput {
  requestsPerSecond: number;
  p50: number;
  p95: number;
}

/**
 * Sends `total` requests with `concurrency` in flight at a time and reports
 * requests per second and latency percentiles. Every request must succeed.
 */
export async function measureThroughput(
  request: (i: number) => Promise<unknown>,
  options: { total: number; concurrency: number },
): Promise<Throughput> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.total) {
      const i = next++;
      const begun = performance.now();
      await request(i);
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: options.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}
