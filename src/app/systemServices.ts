/** The real clock and id source, injected into the engine at the composition root. */
import type { Clock, IdSource, Timers } from "../sync";

export const systemClock: Clock = {
  today() {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
  nowIso: () => new Date().toISOString(),
  monotonicMs: () => performance.now(),
};

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** 12 random base-36 characters (~62 bits): short in the hidden row-id cells, unique in practice. */
export const randomIds: IdSource = {
  next() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    let id = "";
    for (const b of bytes) id += ALPHABET[b % 36];
    return id;
  },
};

/** A later macrotask: lets the UI thread paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The browser's timers, for the engine's hint debouncing and the adapter's delayed-request reports. */
export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
