/**
 * Saving a segment header from the pane: a new one takes the next SEGMENT number; its changes reach every
 * line after the person confirms (domain-rules §4), with the target-group upkeep that causes. The segment's
 * sheet shows the result at its next reconcile.
 */
import {
  applyHeaderToLines,
  makeIssue,
  manualNoIssue,
  nextNoFromSeries,
  normalizeCode,
  SEGMENT_SERIES,
  validateSegmentHeaders,
} from "../../domain";
import type { Issue, SegmentHeader } from "../../domain";
import type { ReferenceData, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, seriesRow, targetGroupUpkeep, toStoredRow, withUpkeep } from "../entities";
import type { OpContext, OpRequest, SegmentSaveResult } from "./operationTypes";
import { lineOf, segmentLines, segmentLog } from "./segmentLines";

function normalized(h: SegmentHeader): SegmentHeader {
  return {
    ...h,
    no: normalizeCode(h.no),
    description: h.description.trim(),
    campaignNo: normalizeCode(h.campaignNo),
    salespersonCode: normalizeCode(h.salespersonCode),
    interactionTemplateCode: normalizeCode(h.interactionTemplateCode),
  };
}

export async function saveSegment(
  store: SyncStore,
  request: Extract<OpRequest, { kind: "saveSegment" | "previewSegment" }>,
  ctx: OpContext,
  newId: () => string,
): Promise<{ result: SegmentSaveResult; unit: UnitOfWork | null }> {
  const refs = await store.loadReferenceData();
  const isNew = request.kind === "saveSegment" && request.isNew;
  let header = normalized(request.header);
  const series = isNew ? await seriesRow(store, SEGMENT_SERIES) : undefined;
  const next = series && header.no === "" ? nextNoFromSeries(series, new Set(refs.segments.keys())) : undefined;
  if (next) header = { ...header, no: next.no };
  const existing = refs.segments.get(header.no);
  const issues = headerIssues(header, isNew && existing !== undefined, refs, ctx);
  // A typed no. for a new segment needs manual numbers (BC's TestManual on Segment Nos.).
  const manual = isNew && !next && series ? manualNoIssue(0, "no", series, ctx.lang) : null;
  if (manual) issues.push(manual);
  const { all, mine } = await segmentLines(store, header.no);
  const change = existing ? applyHeaderToLines(existing, header, mine.map(lineOf)) : { lines: [], changed: [] };
  const result: SegmentSaveResult = {
    no: header.no,
    ok: !issues.some((i) => i.severity === "error"),
    issues,
    changedFields: change.changed,
    lineCount: mine.length,
  };
  if (request.kind === "previewSegment" || !result.ok) return { result, unit: null };
  const puts =
    request.applyToLines && change.changed.length > 0
      ? mine.map((row, i) => toStoredRow("segmentLine", change.lines[i] ?? lineOf(row), row.rowId, row.rowVersion + 1))
      : [];
  // Only the lines rewritten here change: their stored versions are "before", the rewritten ones "after".
  const rewritten = new Set(puts.map((p) => p.rowId));
  const before = mine.filter((l) => rewritten.has(l.rowId)).map(lineOf);
  const upkeep = await targetGroupUpkeep(store, refs, all.map(lineOf), before, puts.map(lineOf));
  const stored = (await store.getRow("segmentHeader", header.no)) ?? { rowId: newId(), rowVersion: 0 };
  const unit: UnitOfWork = {
    entity: "segmentHeader",
    deletes: [],
    puts: [toStoredRow("segmentHeader", header, stored.rowId, stored.rowVersion + 1)],
    ...(puts.length > 0 ? { cascade: [{ entity: "segmentLine" as const, puts }] } : {}),
    ...(next && series ? { numberSeries: advancedSeries(series, next.series, newId) } : {}),
    log: { ...segmentLog(ctx.nowIso, "segment", puts.length, 0, header.no), entity: "segmentHeader" as const },
  };
  return { result, unit: withUpkeep(unit, upkeep) };
}

/** A new header may not take an existing no.; every header is validated against the others. */
function headerIssues(header: SegmentHeader, taken: boolean, refs: ReferenceData, ctx: OpContext): Issue[] {
  const issues: Issue[] = [];
  if (taken) {
    issues.push(makeIssue(0, "no", "DUPLICATE_KEY", "error", { field: "no", key: header.no, otherRow: 0 }, ctx.lang));
  }
  // IR10: a logged segment is closed.
  if (refs.loggedSegmentNos.has(header.no) && !taken) {
    issues.push(makeIssue(0, "", "SEGMENT_LOGGED_READ_ONLY", "error", { segment: header.no }, ctx.lang));
  }
  const others = [...refs.segments.values()].filter((s) => s.no !== header.no);
  for (const issue of validateSegmentHeaders([...others, header], refs, ctx.lang)) {
    if (issue.row === others.length) issues.push({ ...issue, row: 0 });
  }
  return issues;
}
