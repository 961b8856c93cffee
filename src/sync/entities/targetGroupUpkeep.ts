/**
 * Segment line changes keep activated campaigns' target groups right (domain-rules §4): the rows a unit of
 * work adds or removes are computed from the lines before and after, and committed with it. A campaign whose
 * last row goes is no longer activated (§4 step 5): its activation mark goes in the same unit.
 */
import { targetGroupChangesForLines } from "../../domain";
import type { SegmentLine } from "../../domain";
import type { ReferenceData, SyncStore, UnitOfWork } from "../../store";

/** What a unit adds for the target groups: their rows, and activation marks of campaigns left with none. */
export interface Upkeep {
  targetGroups?: NonNullable<UnitOfWork["targetGroups"]>;
  /** Deletes of activation marks (a cascade on `campaignActivation`). */
  cascade?: NonNullable<UnitOfWork["cascade"]>;
}

export async function targetGroupUpkeep(
  store: SyncStore,
  refs: ReferenceData,
  allLines: readonly SegmentLine[],
  before: readonly SegmentLine[],
  after: readonly SegmentLine[],
): Promise<Upkeep> {
  if (before.length === 0 && after.length === 0) return {};
  const existingRows = await store.loadTargetGroups();
  if (existingRows.length === 0) return {}; // no campaign is activated
  // §4: an interaction with Campaign Target (not canceled, not postponed) is a reference too (IR9).
  const interactions = await store.loadRows("interactionLogEntry");
  const changes = targetGroupChangesForLines({
    before,
    after,
    segmentLines: allLines,
    interactions,
    contacts: refs.contacts,
    customerByContact: refs.customerByContact,
    existingRows,
  });
  if (changes.puts.length + changes.deletes.length === 0) return {};
  const left = new Map<string, number>();
  for (const r of existingRows) left.set(r.campaignNo, (left.get(r.campaignNo) ?? 0) + 1);
  for (const r of changes.deletes) left.set(r.campaignNo, (left.get(r.campaignNo) ?? 0) - 1);
  for (const r of changes.puts) left.set(r.campaignNo, (left.get(r.campaignNo) ?? 0) + 1);
  const emptied = [...left].filter(([, n]) => n <= 0).map(([campaignNo]) => campaignNo);
  return {
    targetGroups: changes,
    ...(emptied.length > 0 ? { cascade: [{ entity: "campaignActivation" as const, puts: [], deletes: emptied }] } : {}),
  };
}

/** A unit with the upkeep merged in (cascades appended). */
export function withUpkeep(unit: UnitOfWork, upkeep: Upkeep): UnitOfWork {
  if (!upkeep.targetGroups) return unit;
  return {
    ...unit,
    targetGroups: upkeep.targetGroups,
    ...(upkeep.cascade ? { cascade: [...(unit.cascade ?? []), ...upkeep.cascade] } : {}),
  };
}
