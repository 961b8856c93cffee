/**
 * Log Segment from the pane (domain-rules §6, docs/spec/interaction-rules.md IR1, IR10): one unit of work stores
 * the logged segment, its new campaign entries, one interaction per line, the advanced entry series and, when asked,
 * the follow-up segment with its lines. The segment itself stays, closed: its lines refuse edits from then on.
 */
import {
  CAMPAIGN_ENTRY_SERIES,
  INTERACTION_SERIES,
  LOGGED_SEGMENT_SERIES,
  logSegment,
  makeIssue,
  nextNoFromSeries,
  normalizeCode,
  SEGMENT_SERIES,
} from "../../domain";
import type { Contact, LoggedSegmentPlan, NumberSeries } from "../../domain";
import type { ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, seriesRow, stripMeta, toStoredRow } from "../entities";
import type { LogSegmentResult, OpContext, OpRequest } from "./operationTypes";
import { lineOf, segmentLines } from "./segmentLines";

type Series = StoredRow<"numberSeries">;
type Cascade = NonNullable<UnitOfWork["cascade"]>[number];

export async function logSegmentOp(
  store: SyncStore,
  request: Extract<OpRequest, { kind: "logSegment" }>,
  ctx: OpContext,
  newId: () => string,
): Promise<{ result: LogSegmentResult; unit: UnitOfWork | null }> {
  const segmentNo = normalizeCode(request.segmentNo);
  const [refs, { mine }, logged, entries, interactions, series] = await Promise.all([
    store.loadReferenceData(),
    segmentLines(store, segmentNo),
    store.loadRows("loggedSegment"),
    store.loadRows("campaignEntry"),
    store.loadRows("interactionLogEntry"),
    loadSeries(store),
  ]);
  const header = refs.segments.get(segmentNo);
  if (!header) return refused(ctx, segmentNo);
  const followUp = request.followUp ? nextNoFromSeries(series.segment, new Set(refs.segments.keys())) : undefined;
  const planned = logSegment(
    {
      header,
      lines: mine.map(lineOf),
      contacts: contactsOf(refs),
      templates: refs.interactionTemplates,
      campaigns: new Set(refs.campaigns.keys()),
      salespeople: new Set(refs.salespeople.keys()),
      loggedSegments: logged.map((l) => stripMeta<"loggedSegment">(l)),
      campaignEntries: entries.map((e) => stripMeta<"campaignEntry">(e)),
      interactionNos: new Set(interactions.map((i) => i.entryNo)),
      series: { loggedSegment: series.logged, campaignEntry: series.entry, interaction: series.interaction },
      today: ctx.today,
      userId: "",
      ...(followUp ? { followUpNo: followUp.no } : {}),
    },
    ctx.lang,
  );
  if (!planned.ok)
    return { result: { ok: false, issues: planned.issues, interactions: 0, campaignEntries: 0 }, unit: null };
  const result: LogSegmentResult = {
    ok: true,
    issues: [],
    loggedSegmentEntryNo: planned.plan.loggedSegment.entryNo,
    interactions: planned.plan.interactions.length,
    campaignEntries: planned.plan.campaignEntries.length,
    ...(planned.plan.followUp ? { followUpNo: planned.plan.followUp.header.no } : {}),
  };
  return {
    result,
    unit: unitOf(planned.plan, seriesPuts(series, planned.plan.series, followUp?.series, newId), ctx, newId),
  };
}

/** One unit: the interactions, and in its cascade the logged segment, entries, series and the follow-up segment. */
function unitOf(plan: LoggedSegmentPlan, series: StoredRow[], ctx: OpContext, newId: () => string): UnitOfWork {
  const puts = plan.interactions.map((i) => toStoredRow("interactionLogEntry", i, newId(), 1));
  const cascade: Cascade[] = [
    { entity: "loggedSegment", puts: [toStoredRow("loggedSegment", plan.loggedSegment, newId(), 1)] },
    { entity: "campaignEntry", puts: plan.campaignEntries.map((e) => toStoredRow("campaignEntry", e, newId(), 1)) },
    { entity: "numberSeries", puts: series },
  ];
  if (plan.followUp) {
    cascade.push({ entity: "segmentHeader", puts: [toStoredRow("segmentHeader", plan.followUp.header, newId(), 1)] });
    const lines = plan.followUp.lines.map((l) => toStoredRow("segmentLine", l, newId(), 1));
    cascade.push({ entity: "segmentLine", puts: lines });
  }
  const keys = [plan.loggedSegment.segmentNo];
  return {
    entity: "interactionLogEntry",
    deletes: [],
    puts,
    cascade: cascade.filter((c) => c.puts.length > 0),
    log: {
      at: ctx.nowIso,
      bindingId: "",
      entity: "interactionLogEntry",
      origin: "logSegment",
      puts: puts.length,
      deletes: 0,
      keys,
    },
  };
}

async function loadSeries(store: SyncStore) {
  const [logged, entry, interaction, segment] = await Promise.all(
    [LOGGED_SEGMENT_SERIES, CAMPAIGN_ENTRY_SERIES, INTERACTION_SERIES, SEGMENT_SERIES].map(async (code) => {
      const row = await seriesRow(store, code);
      if (!row) throw new Error(`number series ${code} has no default`);
      return row;
    }),
  );
  return { logged: logged!, entry: entry!, interaction: interaction!, segment: segment! };
}

/** The series rows the log advanced, as the unit stores them (unchanged ones are left out). */
function seriesPuts(
  rows: { logged: Series; entry: Series; interaction: Series; segment: Series },
  next: { loggedSegment: NumberSeries; campaignEntry: NumberSeries; interaction: NumberSeries },
  segment: NumberSeries | undefined,
  newId: () => string,
): StoredRow[] {
  const pairs: [Series, NumberSeries | undefined][] = [
    [rows.logged, next.loggedSegment],
    [rows.entry, next.campaignEntry],
    [rows.interaction, next.interaction],
    [rows.segment, segment],
  ];
  return pairs.flatMap(([row, n]) => (n && n.lastNoUsed !== row.lastNoUsed ? [advancedSeries(row, n, newId)] : []));
}

/** The contacts Log Segment reads (follow-up lines need their type, company and salesperson). */
function contactsOf(refs: ReferenceData): Map<string, Contact> {
  const out = new Map<string, Contact>();
  for (const [no, c] of refs.contacts)
    out.set(no, { no, postCode: "", city: "", countryCode: "", territoryCode: "", ...c });
  return out;
}

function refused(ctx: OpContext, segmentNo: string): { result: LogSegmentResult; unit: null } {
  const issue = makeIssue(0, "", "UNKNOWN_SEGMENT", "error", { code: segmentNo }, ctx.lang);
  return { result: { ok: false, issues: [issue], interactions: 0, campaignEntries: 0 }, unit: null };
}
