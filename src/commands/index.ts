// The commands layer's door. commands.ts itself is a webpack entry (it registers handlers on load), so it is not
// exported here.

/** Name of the BroadcastChannel on which ribbon commands send requests to the task pane. */
export { PANE_REQUEST_CHANNEL } from "./paneChannel";
/** A request from a ribbon command to the task pane (`{ kind: "validateSheet" }`). */
export type { PaneRequest } from "./paneChannel";
/** Function that delivers a {@link PaneRequest} to an open task pane. */
export type { PostToPane } from "./paneChannel";
/** Creates a {@link PostToPane} over a BroadcastChannel (no-op where BroadcastChannel is missing). */
export { broadcastToPane } from "./paneChannel";
/** The part of Office's command event that handlers use. */
export type { CommandEvent } from "./validateSheetHandler";
/** Builds the "Validate sheet" command handler; it always completes the event. */
export { makeValidateSheetHandler } from "./validateSheetHandler";
