/** Saving a segment header (domain-rules §4): a changed field reaches the lines only after the user says so. */
import type { SegmentHeader } from "../domain";
import type { SegmentSaveResult, SyncEngine } from "../sync";
import { needsLineConfirmation } from "./segmentDraft";

/** Asked when changed fields would reach existing lines: true = update them, false = keep them, null = cancel. */
export type AskApplyToLines = (preview: SegmentSaveResult) => Promise<boolean | null>;

/**
 * A new segment is saved directly. An existing one is previewed first; when the preview fails its issues are
 * the answer, when it names changed fields and the segment has lines the user is asked. Null: cancelled.
 */
export async function saveSegmentFlow(
  engine: Pick<SyncEngine, "saveSegment" | "previewSegment">,
  header: SegmentHeader,
  isNew: boolean,
  ask: AskApplyToLines,
): Promise<SegmentSaveResult | null> {
  if (isNew) return engine.saveSegment(header, { isNew: true, applyToLines: false });
  const preview = await engine.previewSegment(header);
  if (!preview.ok) return preview;
  const applyToLines = needsLineConfirmation(preview) ? await ask(preview) : false;
  if (applyToLines === null) return null;
  return engine.saveSegment(header, { isNew: false, applyToLines });
}
