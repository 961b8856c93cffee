/**
 * BC's Add Contacts, Reduce and Refine on a segment (criteria in BC filter syntax), and deleting a segment;
 * each one unit of work with the target-group upkeep it causes (domain-rules §4).
 */
import {
  addContactsByCriteria,
  compileCriteria,
  makeIssue,
  normalizeCode,
  reduceLines,
  refineLines,
} from "../../domain";
import type { ContactMatcher, SegmentHeader } from "../../domain";
import type { SyncStore, UnitOfWork } from "../../store";
import { stripMeta, targetGroupUpkeep, toStoredRow, withUpkeep } from "../entities";
import type { ContactsResult, OpContext, OpRequest } from "./operationTypes";
import { lineOf, noContactsChanged, segmentLines, segmentLog } from "./segmentLines";
import type { Lines } from "./segmentLines";

type ContactsRequest = Extract<OpRequest, { kind: "addContacts" | "removeContacts" }>;
type Outcome = { result: ContactsResult; unit: UnitOfWork | null };

export async function changeContacts(
  store: SyncStore,
  request: ContactsRequest,
  ctx: OpContext,
  newId: () => string,
): Promise<Outcome> {
  const refs = await store.loadReferenceData();
  const segmentNo = normalizeCode(request.segmentNo);
  const header = refs.segments.get(segmentNo);
  if (!header) return unknownSegment(segmentNo, ctx);
  if (refs.loggedSegmentNos.has(segmentNo)) return loggedSegment(segmentNo, ctx); // IR10: closed
  const compiled = compileCriteria(request.criteria, ctx.lang);
  if (!compiled.ok) return { result: noContactsChanged(compiled.issues), unit: null };
  const { all, mine } = await segmentLines(store, segmentNo);
  const picked = await pickLines(store, request, header, mine, compiled.matcher, refs.interactionTemplates, newId);
  const { puts, removed } = picked;
  const result: ContactsResult = {
    ok: true,
    issues: [],
    added: puts.length,
    removed: removed.length,
    skippedExcluded: picked.skipped.excluded,
    skippedExisting: picked.skipped.existing,
  };
  if (puts.length === 0 && removed.length === 0) return { result, unit: null };
  const upkeep = await targetGroupUpkeep(store, refs, all.map(lineOf), removed.map(lineOf), puts.map(lineOf));
  const origin = request.kind === "addContacts" ? "addContacts" : request.mode;
  const unit: UnitOfWork = {
    entity: "segmentLine",
    deletes: removed.map((l) => l.rowId),
    puts,
    log: segmentLog(ctx.nowIso, origin, puts.length, removed.length, segmentNo),
  };
  return { result, unit: withUpkeep(unit, upkeep) };
}

/** New lines for Add Contacts, or the lines Reduce/Refine removes. */
async function pickLines(
  store: SyncStore,
  request: ContactsRequest,
  header: SegmentHeader,
  mine: Lines,
  matcher: ContactMatcher,
  templates: Parameters<typeof addContactsByCriteria>[5],
  newId: () => string,
): Promise<{ puts: Lines; removed: Lines; skipped: { excluded: number; existing: number } }> {
  const contacts = (await store.loadRows("contact")).map((c) => stripMeta(c));
  if (request.kind === "addContacts") {
    const added = addContactsByCriteria(contacts, mine.map(lineOf), header, matcher, request.options, templates);
    const puts = added.added.map((line) => toStoredRow("segmentLine", line, newId(), 1));
    return { puts, removed: [], skipped: added.skipped };
  }
  const pick = request.mode === "reduce" ? reduceLines : refineLines;
  const gone = new Set(pick(contacts, mine.map(lineOf), matcher, request.options).map((l) => l.lineNo));
  return { puts: [], removed: mine.filter((l) => gone.has(l.lineNo)), skipped: { excluded: 0, existing: 0 } };
}

function unknownSegment(no: string, ctx: OpContext): Outcome {
  return {
    result: noContactsChanged([makeIssue(0, "no", "UNKNOWN_SEGMENT", "error", { code: no }, ctx.lang)]),
    unit: null,
  };
}

function loggedSegment(no: string, ctx: OpContext): Outcome {
  const issue = makeIssue(0, "", "SEGMENT_LOGGED_READ_ONLY", "error", { segment: no }, ctx.lang);
  return { result: noContactsChanged([issue]), unit: null };
}

/** Deletes a segment: its header and all its lines, with the target-group upkeep that causes (§4). */
export async function deleteSegment(store: SyncStore, segmentNo: string, ctx: OpContext): Promise<Outcome> {
  const refs = await store.loadReferenceData();
  const no = normalizeCode(segmentNo);
  if (!refs.segments.has(no)) return unknownSegment(no, ctx);
  if (refs.loggedSegmentNos.has(no)) return loggedSegment(no, ctx); // IR10: kept, closed
  const { all, mine } = await segmentLines(store, no);
  const upkeep = await targetGroupUpkeep(store, refs, all.map(lineOf), mine.map(lineOf), []);
  const unit: UnitOfWork = {
    entity: "segmentHeader",
    deletes: [no],
    puts: [],
    ...(mine.length > 0
      ? { cascade: [{ entity: "segmentLine" as const, puts: [], deletes: mine.map((l) => l.rowId) }] }
      : {}),
    log: { ...segmentLog(ctx.nowIso, "deleteSegment", 0, mine.length, no), entity: "segmentHeader" as const },
  };
  return { result: { ...noContactsChanged([]), ok: true, removed: mine.length }, unit: withUpkeep(unit, upkeep) };
}
