/**
 * What a person's edit of an Opportunities sheet row asks for (docs/spec/opportunity-rules.md OP11, OP12): a changed
 * Current Stage moves it (Next to the following stage, Previous to the one before, else Jump), a changed Estimated
 * Value or Chances of Success updates it, Status Won or Lost closes it and In Progress reopens a closed one. The move
 * itself is moveOpportunity's (OP1–OP6); a closed opportunity keeps its fields but Status (put back, with a warning).
 */
import { makeIssue } from "./messages";
import { moveOpportunity } from "./opportunityStages";
import type { MoveResult, OpportunityMove } from "./opportunityStages";
import type { Opportunity, OpportunityEntry, SalesCycle, SalesCycleStage } from "./opportunityRecords";
import type { IsoDate, Issue, Lang } from "./records";

export interface RowMoveInput {
  /** The row as read from the sheet. */
  record: Opportunity;
  /** The stored opportunity (null for a new row). */
  previous: Opportunity | null;
  /** The stored active entry of the opportunity (of the row's no. when it is new: read from its travelled sheet). */
  active: OpportunityEntry | null;
  /** The opportunity's sales cycle and its stages; undefined when unknown (validation says so). */
  cycle: SalesCycle | undefined;
  stages: readonly SalesCycleStage[];
  date: IsoDate;
  entryNo: number;
}

export type RowMove =
  | { kind: "none"; record: Opportunity; issue: Issue | null }
  | { kind: "moved"; record: Opportunity; result: Extract<MoveResult, { ok: true }> }
  | { kind: "refused"; record: Opportunity; issue: Issue };

/** Fields a move or close derives: what the row shows of the active entry. */
const DERIVED = ["status", "closed", "dateClosed", "completedPct", "probabilityPct", "calcdCurrentValue"] as const;
const EDITABLE_WHEN_CLOSED = new Set<keyof Opportunity>(["status"]);

/** The move a row asks for, or why it asks for none; the figures given with it. */
function askedMove(record: Opportunity, previous: Opportunity | null, stages: readonly SalesCycleStage[]) {
  const numbers = stages.map((s) => s.stage).sort((a, b) => a - b);
  const before = previous ?? { ...record, status: "NotStarted" as const, currentStage: 0, closed: false };
  const given = {
    ...(previous === null || record.estimatedValue !== previous.estimatedValue
      ? { estimatedValue: record.estimatedValue }
      : {}),
    ...(previous === null || record.chancesOfSuccessPct !== previous.chancesOfSuccessPct
      ? { chancesOfSuccessPct: record.chancesOfSuccessPct }
      : {}),
  };
  if (previous === null && !(record.chancesOfSuccessPct > 0)) delete given.chancesOfSuccessPct;
  if (before.closed)
    return { move: record.status === "InProgress" ? ({ kind: "reopen" } as const) : ("closed" as const), given: {} };
  const stageChanged = record.currentStage !== before.currentStage;
  const closing = record.status === "Won" || record.status === "Lost";
  if (closing && stageChanged) return { move: "both" as const, given };
  if (closing) return { move: { kind: record.status === "Won" ? "won" : "lost" } as OpportunityMove, given };
  if (stageChanged) {
    const at = numbers.indexOf(before.currentStage);
    const next = before.currentStage === 0 ? numbers[0] : numbers[at + 1];
    if (record.currentStage === next) return { move: { kind: "next" } as OpportunityMove, given };
    if (at > 0 && record.currentStage === numbers[at - 1])
      return { move: { kind: "previous" } as OpportunityMove, given };
    return { move: { kind: "jump", stage: record.currentStage } as OpportunityMove, given };
  }
  // A stage move sets the status; alone, only Won, Lost (and In Progress on a closed one) change it.
  if (record.status !== before.status && previous !== null) return { move: "status" as const, given };
  if (Object.keys(given).length > 0 && before.currentStage > 0)
    return { move: { kind: "update" } as OpportunityMove, given };
  return { move: null, given };
}

export function opportunityRowMove(input: RowMoveInput, lang: Lang): RowMove {
  const { record, previous } = input;
  // OP14: a move made in another copy or by a co-author arrives with its entry: the row shows the active entry.
  // So does a row of a workbook opened in a new store, whose entries were read first.
  const arrived = input.active !== null && showsEntry(record, input.active);
  if (arrived && (previous === null || !showsEntry(previous, input.active!))) {
    return { kind: "none", record: withEntryFigures(record, input.active!), issue: null };
  }
  if (previous?.closed && record.status === previous.status) return putBack(record, previous, lang);
  const { move, given } = askedMove(record, previous, input.stages);
  const no = record.no;
  if (move === "both") return refused(record, "OPPORTUNITY_ONE_CHANGE", { no }, lang);
  if (move === "status") return refused(record, "OPPORTUNITY_STATUS_SET_BY_MOVE", { no, status: record.status }, lang);
  if (move === "closed") {
    return refused(record, "OPPORTUNITY_CLOSED", { no, status: previous?.status ?? record.status }, lang);
  }
  if (move === null) return { kind: "none", record: kept(record, previous), issue: null };
  if (!input.cycle) return { kind: "none", record: kept(record, previous), issue: null };
  const base = previous ? { ...record, ...pick(previous, DERIVED) } : record;
  const opportunity = previous?.closed ? previous : { ...base, currentStage: previous?.currentStage ?? 0 };
  const result = moveOpportunity(
    {
      opportunity,
      active: input.active,
      cycle: input.cycle,
      stages: input.stages,
      move,
      date: input.date,
      entryNo: input.entryNo,
      ...given,
    },
    lang,
  );
  if (!result.ok) return { kind: "refused", record, issue: result.issue };
  return { kind: "moved", record: result.opportunity, result };
}

/**
 * The opportunity shows that entry's stage, value, chances and outcome: the fields a person edits, which travel and
 * merge (the derived ones are the add-in's and follow from the entry).
 */
function showsEntry(o: Opportunity, e: OpportunityEntry): boolean {
  const outcome = e.actionTaken === "Won" || e.actionTaken === "Lost" ? e.actionTaken : "InProgress";
  return (
    o.status === outcome &&
    o.currentStage === e.salesCycleStage &&
    o.estimatedValue === e.estimatedValue &&
    o.chancesOfSuccessPct === e.chancesOfSuccessPct
  );
}

/** The row with the derived fields of the entry it shows. */
function withEntryFigures(o: Opportunity, e: OpportunityEntry): Opportunity {
  const closed = o.status === "Won" || o.status === "Lost";
  return {
    ...o,
    closed,
    dateClosed: closed ? e.dateOfChange : "",
    completedPct: e.completedPct,
    probabilityPct: e.probabilityPct,
    calcdCurrentValue: e.calcdCurrentValue,
  };
}

/** A row that asks no move keeps what moves derive (a new one starts not started). */
function kept(record: Opportunity, previous: Opportunity | null): Opportunity {
  if (previous) return { ...record, ...pick(previous, DERIVED), currentStage: previous.currentStage };
  return {
    ...record,
    status: "NotStarted",
    closed: false,
    dateClosed: "",
    currentStage: 0,
    completedPct: 0,
    probabilityPct: 0,
    calcdCurrentValue: 0,
  };
}

/** OP12: a closed opportunity's fields are put back, but Status (which reopens it). */
function putBack(record: Opportunity, previous: Opportunity, lang: Lang): RowMove {
  const changed = (Object.keys(previous) as (keyof Opportunity)[]).filter(
    (f) => !EDITABLE_WHEN_CLOSED.has(f) && String(record[f]) !== String(previous[f]),
  );
  if (changed.length === 0) return { kind: "none", record: previous, issue: null };
  const params = { no: previous.no, status: previous.status, field: changed[0] ?? "" };
  return {
    kind: "none",
    record: previous,
    issue: makeIssue(0, changed[0] ?? "", "OPPORTUNITY_READ_ONLY", "warning", params, lang),
  };
}

function refused(record: Opportunity, code: string, params: Record<string, string | number>, lang: Lang): RowMove {
  return { kind: "refused", record, issue: makeIssue(0, "", code, "error", params, lang) };
}

function pick<K extends keyof Opportunity>(o: Opportunity, keys: readonly K[]): Pick<Opportunity, K> {
  const out = {} as Pick<Opportunity, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}
