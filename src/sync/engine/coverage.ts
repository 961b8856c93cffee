/**
 * Everything a copy needs travels in the workbook: an entity whose rows changed must have a table that shows
 * them. The workbook's own state (segment headers, number series, activation marks) goes to its hidden tables,
 * a campaign saved from the card to the Campaigns sheet, a segment's lines to the segment's sheet, what Log Segment
 * made to the Interactions, Campaign Entries and Logged Segments sheets.
 */
import type { EntityKind } from "../../domain";
import { LOG_ENTITIES, STATE_ENTITIES } from "../entities";
import type { BindingScope } from "../entities";
import type { WorkbookBinding } from "./bindingTable";

/** The entities among `changes` that no binding shows yet, and the scope each needs. */
export function uncovered(
  changes: readonly EntityKind[],
  bindings: readonly WorkbookBinding[],
): { entity: EntityKind; scope?: BindingScope }[] {
  const general = new Set(bindings.filter((b) => !b.scope).map((b) => b.entity));
  return changes
    .filter((e) => (STATE_ENTITIES.includes(e) || LOG_ENTITIES.includes(e) || e === "campaign") && !general.has(e))
    .map((entity) => ({ entity }));
}

/** Whether a segment's lines are shown by some sheet (its own, or the general Segment Lines sheet). */
export function segmentShown(segmentNo: string, bindings: readonly WorkbookBinding[]): boolean {
  return bindings.some((b) => b.entity === "segmentLine" && (!b.scope || b.scope.segmentNo === segmentNo));
}
