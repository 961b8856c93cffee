// The commands layer's door. commands.ts itself is a webpack entry (it registers handlers on load), so it is not
// exported here.

/** The localStorage key on which ribbon commands leave requests for the task pane, and how long they wait. */
export { PANE_REQUEST_KEY, PANE_REQUEST_TTL_MS } from "./paneRequests";
/** A request from a ribbon command to the task pane (`{ request: "validateSheet", time }`). */
export type { PaneRequest, PaneRequestKind } from "./paneRequests";
/** Function that delivers a request to the task pane. */
export type { PostToPane } from "./paneRequests";
/** Creates a {@link PostToPane} over localStorage; reads a stored request. */
export { parsePaneRequest, storageToPane } from "./paneRequests";
/** The part of Office's command event that handlers use. */
export type { CommandEvent } from "./validateSheetHandler";
/** Builds the "Validate sheet" command handler; it always completes the event. */
export { makeValidateSheetHandler } from "./validateSheetHandler";
