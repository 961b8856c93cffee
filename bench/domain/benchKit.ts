/**
 * Shared by the jest-run benchmarks in bench/domain (`npm run bench:domain`): time an operation after a warm-up,
 * summarise the runs, and print one `BENCH {json}` line per result, the format bench/*.bench.mjs print.
 * Benchmarks report numbers against their targets; they never fail on time.
 */

export interface RunStats {
  /** Median of the timed runs. */
  p50Ms: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** The q-quantile (0 … 1) of samples, by the nearest-rank rule. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
}

/** Rounds ms to 3 decimals (µs), enough for every number these benches print. */
export const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export function runStats(samples: readonly number[]): RunStats {
  return {
    p50Ms: round(quantile(samples, 0.5)),
    p95Ms: round(quantile(samples, 0.95)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
    runs: samples.length,
  };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the last result and the run statistics. */
export function measure<T>(fn: () => T, { warmup = 1, runs = 5 } = {}): { result: T; stats: RunStats } {
  let result = fn();
  for (let i = 1; i < warmup; i++) result = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = fn();
    samples.push(performance.now() - started);
  }
  return { result, stats: runStats(samples) };
}

/** measure for an asynchronous operation. */
export async function measureAsync<T>(
  fn: () => Promise<T>,
  { warmup = 1, runs = 5 } = {},
): Promise<{ result: T; stats: RunStats }> {
  let result = await fn();
  for (let i = 1; i < warmup; i++) result = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await fn();
    samples.push(performance.now() - started);
  }
  return { result, stats: runStats(samples) };
}

/**
 * Prints one result: `ms` is the number the target bounds (the median run unless the bench says otherwise),
 * `numbers` the rest; `targetsMet` says whether `ms` ≤ `target.maxMs`.
 */
export function report(name: string, ms: number, numbers: Record<string, unknown>, target: { maxMs: number }): void {
  const line = { name, ms: round(ms), ...numbers, target, targetsMet: ms <= target.maxMs };
  process.stdout.write("BENCH " + JSON.stringify(line) + "\n");
}
