import type { PostToPane } from "./paneChannel";

/** The part of Office's command event a handler uses (a narrow type keeps the handler testable without Office). */
export type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;

/**
 * Handler for the ribbon's "Validate sheet" button: asks an open task pane to revalidate the active sheet.
 * It always calls `event.completed()`, even when posting fails: Office treats the command as still running until
 * then.
 */
export function makeValidateSheetHandler(postToPane: PostToPane): (event: CommandEvent) => void {
  return (event) => {
    try {
      postToPane({ kind: "validateSheet" });
    } catch {
      // Nothing to report from a UI-less command: the pane revalidates on open, so a lost request costs nothing.
    } finally {
      event.completed();
    }
  };
}
