/**
 * What the Office host allows a task pane, from Office.context.diagnostics.platform (Office.PlatformType: "PC",
 * "OfficeOnline", "Mac", "iOS", "Android", "Universal"). Downloads from a task pane do not work in Excel on Mac
 * (office-js #2700, by design) nor on iPad; elsewhere a Blob download saves a file.
 */
export function downloadsWork(platform: string | null | undefined): boolean {
  return platform !== "Mac" && platform !== "iOS";
}
