/** What the status bar says when it shows no progress bar: never "Synced" while anything waits or failed (F6). */
import type { EngineState } from "../sync";

export type StatusWord = "issues" | "notSynced" | "checking" | "synced";

export function statusWord(state: EngineState): StatusWord {
  if (state.issues.length > 0) return "issues";
  const failed =
    state.error !== null ||
    state.storage.full.length > 0 ||
    state.bindings.some((b) => b.health === "broken" || b.health === "header");
  if (failed) return "notSynced";
  const waiting = state.busy || state.pending > 0 || state.bindings.some((b) => b.health === "checking");
  return waiting ? "checking" : "synced";
}
