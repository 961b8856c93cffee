import type { PostToPane } from "./paneRequests";

/** The part of Office's command event a handler uses (a narrow type keeps the handler testable without Office). */
export type CommandEvent = Pick<Office.AddinCommands.Event, "completed">;

/**
 * Handler for the ribbon's "Validate sheet" button: asks the task pane (open now, or opened within 30 seconds) to
 * check every bound table again.
 * It always calls `event.completed()`, even when posting fails: Office treats the command as still running until
 * then.
 */
export function makeValidateSheetHandler(postToPane: PostToPane): (event: CommandEvent) => void {
  return (event) => {
    try {
      postToPane("validateSheet");
    } catch {
      // Nothing to report from a UI-less command: the pane checks every bound table when it opens anyway.
    } finally {
      event.completed();
    }
  };
}
