/**
 * How a ribbon command reaches the task pane without a shared runtime: the function file and the pane are two
 * runtimes of the same origin, so they share `localStorage`
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings). The command writes
 * `{ request, time }`; an open pane hears the `storage` event
 * (https://developer.mozilla.org/docs/Web/API/Window/storage_event), and a pane that opens or gets the focus within
 * 30 seconds of the click handles a request it has not handled yet — so an early click is never lost.
 */

/** The localStorage key a ribbon command writes. */
export const PANE_REQUEST_KEY = "campaignDesk.paneRequest";

/** How long a request waits for a pane to open. */
export const PANE_REQUEST_TTL_MS = 30_000;

export type PaneRequestKind = "validateSheet";

/** What the command writes: the request and when (ms since the epoch). */
export interface PaneRequest {
  readonly request: PaneRequestKind;
  readonly time: number;
}

/** Delivers a request to the pane. May throw (storage full or blocked); callers must not let that block Office. */
export type PostToPane = (request: PaneRequestKind) => void;

/**
 * A {@link PostToPane} that writes the request into the storage `storage()` gives (looked up at each click: reaching
 * localStorage may throw where it is blocked) with the time from `now`.
 */
export function storageToPane(storage: () => Pick<Storage, "setItem">, now: () => number): PostToPane {
  return (request) => {
    const message: PaneRequest = { request, time: now() };
    storage().setItem(PANE_REQUEST_KEY, JSON.stringify(message));
  };
}

/** The request in a stored text, or null when the text is missing or not one. */
export function parsePaneRequest(text: string | null | undefined): PaneRequest | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PaneRequest>;
    return value.request === "validateSheet" && typeof value.time === "number"
      ? { request: value.request, time: value.time }
      : null;
  } catch {
    return null;
  }
}
