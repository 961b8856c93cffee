/**
 * The composition root's door. `fabricConfig` must run before Fluent UI loads, so it is this file's first import.
 */
import "./fabricConfig";

/** Builds store, planner and engine for a workbook and renders the task pane into an element. */
export { mountTaskpane } from "./mountTaskpane";
export type { MountedPane, MountOptions } from "./mountTaskpane";
