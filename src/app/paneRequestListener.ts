/**
 * The pane's side of the ribbon's requests (src/commands/paneRequests.ts): a `storage` event with the request key,
 * and — when the pane opens and whenever it gets the focus — a request under 30 seconds old that it has not handled
 * yet. Each request (by its time) is handled once.
 */
import { PANE_REQUEST_KEY, PANE_REQUEST_TTL_MS, parsePaneRequest } from "../commands";
import type { PaneRequest } from "../commands";

/** The parts of `window` the listener uses. */
export interface PaneWindow {
  addEventListener(type: "storage", listener: (event: { key: string | null; newValue: string | null }) => void): void;
  addEventListener(type: "focus", listener: () => void): void;
  removeEventListener(type: "storage" | "focus", listener: never): void;
}

export interface PaneRequestSources {
  window: PaneWindow;
  storage: Pick<Storage, "getItem">;
  now: () => number;
}

/** Starts listening (and handles a waiting request at once); returns a function that stops it. */
export function listenForPaneRequests(
  { window, storage, now }: PaneRequestSources,
  onRequest: (request: PaneRequest) => void,
): () => void {
  let lastHandled = -Infinity;
  const handle = (request: PaneRequest | null) => {
    if (!request || request.time <= lastHandled || now() - request.time > PANE_REQUEST_TTL_MS) return;
    lastHandled = request.time;
    onRequest(request);
  };
  const onStorage = (event: { key: string | null; newValue: string | null }) => {
    if (event.key === PANE_REQUEST_KEY) handle(parsePaneRequest(event.newValue));
  };
  const check = () => handle(parsePaneRequest(storage.getItem(PANE_REQUEST_KEY)));
  window.addEventListener("storage", onStorage);
  window.addEventListener("focus", check);
  check();
  return () => {
    window.removeEventListener("storage", onStorage as never);
    window.removeEventListener("focus", check as never);
  };
}
