/**
 * Segment line changes keep activated campaigns' target groups right (domain-rules §4): the rows a unit of
 * work adds or removes are computed from the lines before and after, and committed with it.
 */
import { targetGroupChangesForLines } from "../../domain";
import type { SegmentLine } from "../../domain";
import type { ReferenceData, SyncStore, UnitOfWork } from "../../store";

export async function targetGroupUpkeep(
  store: SyncStore,
  refs: ReferenceData,
  allLines: readonly SegmentLine[],
  before: readonly SegmentLine[],
  after: readonly SegmentLine[],
): Promise<UnitOfWork["targetGroups"] | undefined> {
  if (before.length === 0 && after.length === 0) return undefined;
  const existingRows = await store.loadTargetGroups();
  if (existingRows.length === 0) return undefined; // no campaign is activated
  const changes = targetGroupChangesForLines({
    before,
    after,
    segmentLines: allLines,
    contacts: refs.contacts,
    customerByContact: refs.customerByContact,
    existingRows,
  });
  return changes.puts.length + changes.deletes.length > 0 ? changes : undefined;
}
