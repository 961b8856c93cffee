/**
 * The engine's state as the pane shows it (rule SP30). A busy engine changes its state many times a second (a table's
 * progress, its report, busy on and off for every table of a workbook being opened); re-rendering the pane for each
 * change took the UI thread the engine shares with Excel. The pane takes the first change at once and then at most one
 * every SHOW_EVERY_MS: the last change is always shown, at most SHOW_EVERY_MS after it was made.
 */
import type { EngineState } from "../sync";

/** The engine as seen from here: its state and its change notices. */
export interface StateSource {
  getState(): EngineState;
  subscribe(listener: (s: EngineState) => void): () => void;
}

export interface ShownState {
  subscribe(onChange: () => void): () => void;
  get(): EngineState;
}

export const SHOW_EVERY_MS = 100;

export interface ShowTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: ShowTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const byEngine = new WeakMap<StateSource, ShownState>();

/** One shown state per engine, shared by every component that reads it. */
export function shownStateOf(engine: StateSource, timers: ShowTimers = browserTimers): ShownState {
  let shown = byEngine.get(engine);
  if (!shown) byEngine.set(engine, (shown = throttled(engine, timers)));
  return shown;
}

function throttled(engine: StateSource, timers: ShowTimers): ShownState {
  const listeners = new Set<() => void>();
  let shown = engine.getState();
  let shownAt = -Infinity;
  let timer: unknown = null;
  let unsubscribe: (() => void) | null = null;
  const show = () => {
    timer = null;
    shownAt = timers.now();
    const next = engine.getState();
    if (next === shown) return;
    shown = next;
    for (const listener of [...listeners]) listener();
  };
  const changed = () => {
    if (timer !== null) return;
    const wait = shownAt + SHOW_EVERY_MS - timers.now();
    if (wait <= 0) show();
    else timer = timers.setTimeout(show, wait);
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (!unsubscribe) {
        shown = engine.getState();
        unsubscribe = engine.subscribe(changed);
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0 || !unsubscribe) return;
        unsubscribe();
        unsubscribe = null;
        if (timer !== null) timers.clearTimeout(timer);
        timer = null;
      };
    },
    // Nobody listening (a static render): the engine's state as it is.
    get: () => (unsubscribe ? shown : engine.getState()),
  };
}
