/** What the segment operations share: a segment's stored lines, and the result with nothing done. */
import type { EntityKind, SegmentLine } from "../../domain";
import type { StoredRow, SyncStore } from "../../store";
import { stripMeta } from "../entities";
import type { ContactsResult } from "./operationTypes";

export type Lines = StoredRow<"segmentLine">[];

/** Every stored segment line, and those of one segment. */
export async function segmentLines(store: SyncStore, segmentNo: string): Promise<{ all: Lines; mine: Lines }> {
  const all = await store.loadRows("segmentLine");
  return { all, mine: all.filter((l) => l.segmentNo === segmentNo) };
}

export const lineOf = (row: StoredRow<"segmentLine">): SegmentLine => stripMeta(row);

/** A refused or empty operation's result. */
export function noContactsChanged(issues: ContactsResult["issues"]): ContactsResult {
  return { ok: false, issues, added: 0, removed: 0, skippedExcluded: 0, skippedExisting: 0 };
}

/** The change-log entry of a segment operation. */
export function segmentLog(nowIso: string, origin: string, puts: number, deletes: number, segmentNo: string) {
  const entity: EntityKind = "segmentLine";
  return { at: nowIso, bindingId: "", entity, origin, puts, deletes, keys: [segmentNo] };
}
