/**
 * What the engine needs from the outside world besides the workbook and the store: time and ids.
 * Injected so the engine stays deterministic in tests (style-by-example habit 3).
 */
import type { IsoDate } from "../domain";

export interface Clock {
  /** Today's date in the user's time zone. */
  today(): IsoDate;
  /** ISO timestamp, for the change log. */
  nowIso(): string;
  /** Monotonic milliseconds, for timings in reports. */
  monotonicMs(): number;
}

export interface IdSource {
  /** A new unique row id (short, text-safe: it lives in a hidden cell). */
  next(): string;
}

/**
 * setTimeout/clearTimeout, injected: the engine waits for a burst of change hints to end before it reconciles.
 * Tests drive them by hand.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
