/**
 * How a ribbon command reaches an open task pane. Without a shared runtime the function file and the pane run in
 * separate runtimes of the same origin, so they talk over a BroadcastChannel; a closed pane simply hears nothing
 * (it revalidates when it opens anyway).
 */

/** Name of the channel the task pane listens on for ribbon requests. */
export const PANE_REQUEST_CHANNEL = "campaign-desk:pane-requests";

/** A request from a ribbon command to the task pane. */
export interface PaneRequest {
  readonly kind: "validateSheet";
}

/** Delivers a request to the pane, if one is listening. May throw; callers must not let that block Office. */
export type PostToPane = (request: PaneRequest) => void;

/** A {@link PostToPane} over a BroadcastChannel; a no-op where the runtime has no BroadcastChannel. */
export function broadcastToPane(channelName: string = PANE_REQUEST_CHANNEL): PostToPane {
  return (request) => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(channelName);
    try {
      channel.postMessage(request);
    } finally {
      // Messages already posted are still delivered after close; keeping it open would leak one per click.
      channel.close();
    }
  };
}
