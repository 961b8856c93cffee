/** The task pane's door: the composition root (src/app) renders App with the engine and an Office-derived theme. */
export { App } from "./App";
export { themeFromOffice } from "./theme";
/** What the host allows the pane (a download works: not in Excel on Mac). */
export type { PaneHost } from "./PaneHost";
export type { OfficeThemeColors } from "./theme";
/** What the status bar says without a progress bar: never "Synced" while anything waits or failed (F6). */
export { statusWord } from "./statusWord";
export type { StatusWord } from "./statusWord";
