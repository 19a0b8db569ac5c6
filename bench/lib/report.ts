/** Percentile by nearest rank (p in 0..100) of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) {
    return NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** One figure checked against a target, for the summary at the end. */
export interface TargetResult {
  name: string;
  value: string;
  target: string;
  met: boolean;
}

const results: TargetResult[] = [];

/** Prints `<line> (target …)` and, when missed, a clear marker. */
export function checkTarget(
  line: string,
  result: Omit<TargetResult, 'value'> & { value?: string },
): void {
  const value = result.value ?? '';
  results.push({ ...result, value });
  console.log(
    `${line} (target ${result.target})${
      result.met ? '' : '  <-- TARGET MISSED'
    }`,
  );
}

export function targetResults(): TargetResult[] {
  return results;
}

export function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** Progress notes go to stderr so stdout holds only the figures. */
export function note(line: string): void {
  console.error(line);
}

/** The value of `fn` and how long it took, in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number) => `${ms.toFixed(1)} ms`;
