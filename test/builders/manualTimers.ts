/**
 * setTimeout/clearTimeout driven by hand: `advance(ms)` runs the callbacks that fall due, in order, without
 * reading any clock. Tests inject it wherever the code under test takes timers (workbook adapter, engine).
 */
export interface ManualTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Moves time on by `ms`, running every callback that falls due (also ones scheduled meanwhile). */
  advance(ms: number): void;
  /** Callbacks still waiting. */
  pending(): number;
}

export function manualTimers(): ManualTimers {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      due.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next) break;
        due.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
      }
      now = end;
    },
    pending: () => due.size,
  };
}
