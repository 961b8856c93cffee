/** The engine's state as the pane shows it (rule SP30): the first change at once, then at most one per 100 ms. */
import type { EngineState } from "../sync";
import { SHOW_EVERY_MS, shownStateOf } from "./shownState";
import type { ShowTimers, StateSource } from "./shownState";

/** An engine whose state is a counter, and a clock moved by hand. */
function setup() {
  let state = { n: 0 } as unknown as EngineState;
  const listeners = new Set<(s: EngineState) => void>();
  const engine: StateSource = {
    getState: () => state,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  let now = 0;
  const due: { at: number; run: () => void }[] = [];
  const timers: ShowTimers = {
    now: () => now,
    setTimeout: (run, ms) => {
      const t = { at: now + ms, run };
      due.push(t);
      return t;
    },
    clearTimeout: (t) => void due.splice(due.indexOf(t as never), 1),
  };
  const change = () => {
    state = { n: (state as unknown as { n: number }).n + 1 } as unknown as EngineState;
    for (const l of [...listeners]) l(state);
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of due.filter((d) => d.at <= now)) {
      due.splice(due.indexOf(t), 1);
      t.run();
    }
  };
  const shown = shownStateOf(engine, timers);
  const n = () => (shown.get() as unknown as { n: number }).n;
  return { engine, listeners, shown, change, advance, n };
}

describe("the pane's view of the engine state", () => {
  it("[SP30] shows the first change at once and then at most one per 100 ms, always ending on the last", () => {
    const { shown, change, advance, n } = setup();
    let renders = 0;
    shown.subscribe(() => renders++);
    change();
    expect(renders).toBe(1);
    expect(n()).toBe(1);
    for (let i = 0; i < 50; i++) change(); // a busy engine: 50 changes within the same 100 ms
    expect(renders).toBe(1);
    expect(n()).toBe(1);
    advance(SHOW_EVERY_MS);
    expect(renders).toBe(2);
    expect(n()).toBe(51);
    advance(10 * SHOW_EVERY_MS);
    expect(renders).toBe(2); // nothing changed since
    change();
    expect(renders).toBe(3);
    expect(n()).toBe(52);
  });

  it("[SP30] is shared per engine, lets go of it when nobody listens, and reads it as it is without listeners", () => {
    const { engine, listeners, shown, change, n } = setup();
    expect(shownStateOf(engine)).toBe(shown);
    const stop = [shown.subscribe(() => undefined), shown.subscribe(() => undefined)];
    expect(listeners.size).toBe(1);
    stop.forEach((s) => s());
    expect(listeners.size).toBe(0);
    change();
    change();
    expect(n()).toBe(2);
  });
});
