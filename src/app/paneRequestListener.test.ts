/**
 * The ribbon's requests reach the pane through localStorage (issue #9, item 8): the `storage` event, and on open or
 * focus a request under 30 seconds old (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings,
 * https://developer.mozilla.org/docs/Web/API/Window/storage_event).
 */
import { PANE_REQUEST_KEY, storageToPane } from "../commands";
import type { PaneRequest } from "../commands";
import { listenForPaneRequests } from "./paneRequestListener";

/** A window and localStorage shared by the function file and the pane (same origin), with a clock set by hand. */
function browser() {
  const stored = new Map<string, string>();
  const listeners: Record<string, ((event?: unknown) => void)[]> = { storage: [], focus: [] };
  let now = 100_000;
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => {
      stored.set(key, value);
      // The storage event reaches the other documents of the origin (the pane), not the one that wrote.
      for (const l of listeners.storage ?? []) l({ key, newValue: value });
    },
  };
  const window = {
    addEventListener: (type: string, l: (event?: unknown) => void) => listeners[type]?.push(l),
    removeEventListener: (type: string, l: (event?: unknown) => void) => {
      listeners[type] = (listeners[type] ?? []).filter((x) => x !== l);
    },
  };
  return {
    storage,
    window,
    click: () =>
      storageToPane(
        () => storage,
        () => now,
      )("validateSheet"),
    focus: () => listeners.focus?.forEach((l) => l()),
    wait: (ms: number) => (now += ms),
    now: () => now,
  };
}

function open(b: ReturnType<typeof browser>) {
  const seen: PaneRequest[] = [];
  const stop = listenForPaneRequests({ window: b.window as never, storage: b.storage, now: b.now }, (r) =>
    seen.push(r),
  );
  return { seen, stop };
}

describe("ribbon requests through localStorage", () => {
  test("[XL13] an open pane handles a click through the storage event, once", () => {
    const b = browser();
    const pane = open(b);
    b.click();
    b.focus();
    expect(pane.seen).toEqual([{ request: "validateSheet", time: 100_000 }]);
  });

  test("[XL13] a click before the pane opened is handled when it opens within 30 seconds", () => {
    const b = browser();
    b.click();
    b.wait(29_000);
    expect(open(b).seen).toHaveLength(1);
  });

  test("[XL13] a request older than 30 seconds is left alone", () => {
    const b = browser();
    b.click();
    b.wait(31_000);
    expect(open(b).seen).toHaveLength(0);
  });

  test("[XL13] a request the storage event missed is handled when the pane gets the focus", () => {
    const b = browser();
    const pane = open(b);
    pane.stop(); // as if the event never came
    const again = open(b);
    b.wait(1);
    b.storage.setItem(PANE_REQUEST_KEY, JSON.stringify({ request: "validateSheet", time: b.now() }));
    b.focus();
    expect(again.seen).toHaveLength(1);
  });

  test("something else in storage, or text that is not a request, is ignored", () => {
    const b = browser();
    const pane = open(b);
    b.storage.setItem("other", "x");
    b.storage.setItem(PANE_REQUEST_KEY, "{not json");
    b.focus();
    expect(pane.seen).toEqual([]);
  });
});
