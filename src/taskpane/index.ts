/** The task pane's door: the composition root (src/app) renders App with the engine and an Office-derived theme. */
export { App } from "./App";
export { themeFromOffice } from "./theme";
export type { OfficeThemeColors } from "./theme";
