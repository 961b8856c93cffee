/**
 * Segment operations from the pane: save a header (its changes reach every line after the user
 * confirms), add contacts by criteria, reduce and refine. Each builds one unit of work with the target-group
 * upkeep it causes; the segment's sheet shows the result at its next reconcile.
 */
import {
  addContactsByCriteria,
  applyHeaderToLines,
  compileCriteria,
  makeIssue,
  nextNoFromSeries,
  normalizeCode,
  reduceLines,
  refineLines,
  validateSegmentHeaders,
} from "../domain";
import type { SegmentHeader, SegmentLine } from "../domain";
import type { StoredRow, SyncStore, UnitOfWork } from "../store";
import { contentHash } from "./contentHash";
import { rulesFor } from "./entityRules";
import { targetGroupUpkeep } from "./lineUpkeep";
import type { ContactsResult, OpContext, OpRequest, SegmentSaveResult } from "./operations";

type Lines = StoredRow<"segmentLine">[];

export const SEGMENT_SERIES = "SEGMENT";

const strip = (row: StoredRow<"segmentLine">): SegmentLine => {
  const { rowId: _i, rowVersion: _v, rowHash: _h, ...line } = row;
  return line;
};

async function segmentLines(store: SyncStore, segmentNo: string): Promise<{ all: Lines; mine: Lines }> {
  const all = await store.loadRows("segmentLine");
  return { all, mine: all.filter((l) => l.segmentNo === segmentNo) };
}

/** A changed line as stored: new version and hash (always the general schema, as the sheets do). */
function restored(row: StoredRow<"segmentLine">, line: SegmentLine): StoredRow<"segmentLine"> {
  return {
    ...line,
    rowId: row.rowId,
    rowVersion: row.rowVersion + 1,
    rowHash: contentHash(rulesFor("segmentLine").schema, line),
  };
}

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
): Promise<{ result: SegmentSaveResult; unit: UnitOfWork | null }> {
  const refs = await store.loadReferenceData();
  let header = normalized(request.header);
  const isNew = request.kind === "saveSegment" && request.isNew;
  const series = isNew && header.no === "" ? await store.getNumberSeries(SEGMENT_SERIES) : undefined;
  let nextSeries = series;
  if (series) {
    const next = nextNoFromSeries(series, new Set(refs.segments.keys()));
    header = { ...header, no: next.no };
    nextSeries = next.series;
  }
  const existing = refs.segments.get(header.no);
  const issues = [];
  if (isNew && existing) {
    issues.push(makeIssue(0, "no", "DUPLICATE_KEY", "error", { field: "no", key: header.no, otherRow: 0 }, ctx.lang));
  }
  const others = [...refs.segments.values()].filter((s) => s.no !== header.no);
  for (const issue of validateSegmentHeaders([...others, header], refs, ctx.lang)) {
    if (issue.row === others.length) issues.push({ ...issue, row: 0 });
  }
  const { all, mine } = await segmentLines(store, header.no);
  const change = existing ? applyHeaderToLines(existing, header, mine.map(strip)) : { lines: [], changed: [] };
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
      ? mine.map((row, i) => restored(row, change.lines[i] ?? strip(row)))
      : [];
  const targetGroups = await targetGroupUpkeep(store, refs, all.map(strip), mine.map(strip), puts.map(strip));
  const unit: UnitOfWork = {
    entity: "segmentLine",
    deletes: [],
    puts,
    segments: { puts: [header], deletes: [] },
    ...(targetGroups ? { targetGroups } : {}),
    ...(nextSeries && nextSeries !== series ? { numberSeries: nextSeries } : {}),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "segmentLine",
      origin: "segment",
      puts: puts.length,
      deletes: 0,
      keys: [header.no],
    },
  };
  return { result, unit };
}

const emptyContacts = (issues: ContactsResult["issues"]): ContactsResult => ({
  ok: false,
  issues,
  added: 0,
  removed: 0,
  skippedExcluded: 0,
  skippedExisting: 0,
});

export async function changeContacts(
  store: SyncStore,
  request: Extract<OpRequest, { kind: "addContacts" | "removeContacts" }>,
  ctx: OpContext,
  newId: () => string,
): Promise<{ result: ContactsResult; unit: UnitOfWork | null }> {
  const refs = await store.loadReferenceData();
  const segmentNo = normalizeCode(request.segmentNo);
  const header = refs.segments.get(segmentNo);
  if (!header) {
    return {
      result: emptyContacts([makeIssue(0, "no", "UNKNOWN_SEGMENT", "error", { code: segmentNo }, ctx.lang)]),
      unit: null,
    };
  }
  const compiled = compileCriteria(request.criteria, ctx.lang);
  if (!compiled.ok) return { result: emptyContacts(compiled.issues), unit: null };
  const contacts = (await store.loadRows("contact")).map(({ rowId: _i, rowVersion: _v, rowHash: _h, ...c }) => c);
  const { all, mine } = await segmentLines(store, segmentNo);
  const schema = rulesFor("segmentLine").schema;
  let puts: Lines = [];
  let removed: Lines = [];
  let skipped = { excluded: 0, existing: 0 };
  if (request.kind === "addContacts") {
    const added = addContactsByCriteria(
      contacts,
      mine.map(strip),
      header,
      compiled.matcher,
      request.options,
      refs.interactionTemplates,
    );
    skipped = added.skipped;
    puts = added.added.map((line) => ({ ...line, rowId: newId(), rowVersion: 1, rowHash: contentHash(schema, line) }));
  } else {
    const pick = request.mode === "reduce" ? reduceLines : refineLines;
    const gone = new Set(pick(contacts, mine.map(strip), compiled.matcher, request.options).map((l) => l.lineNo));
    removed = mine.filter((l) => gone.has(l.lineNo));
  }
  const result: ContactsResult = {
    ok: true,
    issues: [],
    added: puts.length,
    removed: removed.length,
    skippedExcluded: skipped.excluded,
    skippedExisting: skipped.existing,
  };
  if (puts.length === 0 && removed.length === 0) return { result, unit: null };
  const targetGroups = await targetGroupUpkeep(store, refs, all.map(strip), removed.map(strip), puts.map(strip));
  const unit: UnitOfWork = {
    entity: "segmentLine",
    deletes: removed.map((l) => l.rowId),
    puts,
    ...(targetGroups ? { targetGroups } : {}),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "segmentLine",
      origin: request.kind === "addContacts" ? "addContacts" : request.mode,
      puts: puts.length,
      deletes: removed.length,
      keys: [segmentNo],
    },
  };
  return { result, unit };
}

/** Deletes a segment: its header and all its lines, with the target-group upkeep that causes (§4). */
export async function deleteSegment(
  store: SyncStore,
  segmentNo: string,
  ctx: OpContext,
): Promise<{ result: ContactsResult; unit: UnitOfWork | null }> {
  const refs = await store.loadReferenceData();
  const no = normalizeCode(segmentNo);
  if (!refs.segments.has(no)) {
    return {
      result: emptyContacts([makeIssue(0, "no", "UNKNOWN_SEGMENT", "error", { code: no }, ctx.lang)]),
      unit: null,
    };
  }
  const { all, mine } = await segmentLines(store, no);
  const targetGroups = await targetGroupUpkeep(store, refs, all.map(strip), mine.map(strip), []);
  const unit: UnitOfWork = {
    entity: "segmentLine",
    deletes: mine.map((l) => l.rowId),
    puts: [],
    segments: { puts: [], deletes: [no] },
    ...(targetGroups ? { targetGroups } : {}),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "segmentLine",
      origin: "deleteSegment",
      puts: 0,
      deletes: mine.length,
      keys: [no],
    },
  };
  return { result: { ...emptyContacts([]), ok: true, removed: mine.length }, unit };
}
