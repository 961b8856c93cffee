/**
 * What a person may change on rows that record what happened (docs/spec/interaction-rules.md IR10): an interaction
 * logged with a segment, and the lines of a logged segment, are history. BC's Interaction Log Entry page lets a
 * person only toggle Canceled (bc-reference §3.3, §11.5); a logged segment's lines are gone from BC (the header is
 * deleted), here they are kept read-only (domain-rules §6). Pure: returns the record to store and what was put back.
 */
import type { InteractionLogEntry, SegmentLine } from "./records";

/** The record as it may be stored, and the fields whose typed value was put back. */
export interface KeptEdit<R> {
  record: R;
  putBack: string[];
}

function differing<R extends object>(a: R, b: R, except: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const field of Object.keys(a) as (keyof R & string)[])
    if (!except.has(field) && a[field] !== b[field]) out.push(field);
  return out;
}

const ONLY_CANCELED = new Set(["canceled"]);
/** Fields the add-in fills on every interaction (Create Interaction leaves them to the add-in). */
const ADD_IN_FIELDS = ["campaignEntryNo", "segmentNo", "loggedSegmentEntryNo"] as const;

/**
 * IR10: an interaction logged with a segment keeps every stored value but Canceled; another stored interaction keeps
 * the fields the add-in fills (campaign entry no., segment no., logged segment entry no.). A new row is as typed.
 */
export function keepInteractionHistory(
  record: InteractionLogEntry,
  previous: InteractionLogEntry | null,
): KeptEdit<InteractionLogEntry> {
  if (!previous) return { record, putBack: [] };
  if (previous.loggedSegmentEntryNo !== 0) {
    const putBack = differing(record, previous, ONLY_CANCELED);
    return { record: putBack.length === 0 ? record : { ...previous, canceled: record.canceled }, putBack };
  }
  const kept = { ...record };
  for (const field of ADD_IN_FIELDS) (kept as Record<string, unknown>)[field] = previous[field];
  return { record: kept, putBack: [] };
}

/** IR10: a line of a logged segment keeps every stored value. */
export function keepLoggedLine(record: SegmentLine, previous: SegmentLine): KeptEdit<SegmentLine> {
  const putBack = differing(record, previous, new Set());
  return { record: putBack.length === 0 ? record : previous, putBack };
}
