/**
 * Moving an opportunity through its sales cycle and closing it, as BC's Opportunity Entry does (bc-reference §8 and
 * §11.7, table 5093 InsertEntry/UpdateEstimates). Every move writes a new entry that becomes the one active entry;
 * the previous one is deactivated. The opportunity's figures are the active entry's. Rules OP1–OP6 in
 * docs/spec/opportunity-rules.md.
 */
import { calcDate, isValidDateFormula } from "./calcDate";
import { makeIssue } from "./messages";
import type {
  ActionTaken,
  Opportunity,
  OpportunityEntry,
  ProbabilityCalculation,
  SalesCycle,
  SalesCycleStage,
} from "./opportunityRecords";
import type { IsoDate, Issue, Lang } from "./records";

/** A stage move (next, previous, jump to any other stage, update the current one), or closing and reopening. */
export type OpportunityMove =
  | { kind: "next" }
  | { kind: "previous" }
  | { kind: "jump"; stage: number }
  | { kind: "update" }
  | { kind: "won" }
  | { kind: "lost" }
  | { kind: "reopen" };

export interface MoveInput {
  opportunity: Opportunity;
  /** The opportunity's active entry (null while not started). */
  active: OpportunityEntry | null;
  cycle: SalesCycle;
  /** The stages of the opportunity's sales cycle, any order. */
  stages: readonly SalesCycleStage[];
  move: OpportunityMove;
  date: IsoDate;
  /** The new entry's number (the caller numbers entries). */
  entryNo: number;
  /** Values the person gave with the move; absent: the stage's or the active entry's. */
  estimatedValue?: number;
  chancesOfSuccessPct?: number;
  estimatedCloseDate?: IsoDate;
}

export type MoveResult =
  | { ok: true; opportunity: Opportunity; deactivated: OpportunityEntry | null; entry: OpportunityEntry }
  | { ok: false; issue: Issue };

/** BC's Probability % by the sales cycle's calculation (OP2). */
export function probabilityOf(calculation: ProbabilityCalculation, chancesPct: number, completedPct: number): number {
  switch (calculation) {
    case "Multiply":
      return (chancesPct * completedPct) / 100;
    case "Add":
      return (chancesPct + completedPct) / 2;
    case "ChancesOfSuccess":
      return chancesPct;
    case "Completed":
      return completedPct;
  }
}

/** An amount in LCY, rounded as BC rounds amounts (0.01). */
const roundAmount = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export function moveOpportunity(input: MoveInput, lang: Lang): MoveResult {
  const refused = refusal(input, lang);
  if (refused) return { ok: false, issue: refused };
  const target = targetStage(input);
  if (typeof target !== "number") return { ok: false, issue: target(lang) };
  const stage = input.stages.find((s) => s.stage === target);
  if (!stage) return { ok: false, issue: issue("UNKNOWN_STAGE", { cycle: input.cycle.code, stage: target }, lang) };
  const entry = entryOf(input, stage);
  const { opportunity: o } = input;
  const closing = input.move.kind === "won" || input.move.kind === "lost";
  const opportunity: Opportunity = {
    ...o,
    status: input.move.kind === "won" ? "Won" : input.move.kind === "lost" ? "Lost" : "InProgress",
    closed: closing,
    dateClosed: closing ? input.date : "",
    currentStage: entry.salesCycleStage,
    estimatedValue: entry.estimatedValue,
    chancesOfSuccessPct: entry.chancesOfSuccessPct,
    completedPct: entry.completedPct,
    probabilityPct: entry.probabilityPct,
    calcdCurrentValue: entry.calcdCurrentValue,
  };
  const deactivated = input.active ? { ...input.active, active: false } : null;
  return { ok: true, opportunity, deactivated, entry };
}

/** Why the move cannot be made at all, before any stage is looked at. */
function refusal(input: MoveInput, lang: Lang): Issue | null {
  const { opportunity: o, move, active } = input;
  const no = o.no;
  if (o.closed && move.kind !== "reopen") return issue("OPPORTUNITY_CLOSED", { no, status: o.status }, lang);
  if (!o.closed && move.kind === "reopen") return issue("OPPORTUNITY_NOT_CLOSED", { no }, lang);
  if (!active && move.kind !== "next") return issue("OPPORTUNITY_NOT_STARTED", { no }, lang);
  if (input.stages.length === 0) return issue("SALES_CYCLE_NO_STAGES", { cycle: input.cycle.code }, lang);
  if (active && input.date < active.dateOfChange) {
    return issue("OPPORTUNITY_DATE_BEFORE_LAST", { no, date: input.date, last: active.dateOfChange }, lang);
  }
  const chances = input.chancesOfSuccessPct;
  if (chances !== undefined && !(chances >= 0 && chances <= 100)) {
    return issue("CHANCES_OUT_OF_RANGE", { value: chances }, lang);
  }
  if (input.estimatedValue !== undefined && !(input.estimatedValue >= 0)) {
    return issue("ESTIMATED_VALUE_NEGATIVE", { value: input.estimatedValue }, lang);
  }
  return null;
}

/** The stage the move goes to, or the issue that says why there is none. */
function targetStage(input: MoveInput): number | ((lang: Lang) => Issue) {
  const numbers = input.stages.map((s) => s.stage).sort((a, b) => a - b);
  const current = input.active?.salesCycleStage ?? 0;
  const at = numbers.indexOf(current);
  const { no } = input.opportunity;
  const cycle = input.cycle.code;
  switch (input.move.kind) {
    case "next": {
      const next = input.active ? numbers[at + 1] : numbers[0];
      return next ?? ((lang: Lang) => issue("NO_NEXT_STAGE", { no, stage: current, cycle }, lang));
    }
    case "previous": {
      const previous = at > 0 ? numbers[at - 1] : undefined;
      return previous ?? ((lang: Lang) => issue("NO_PREVIOUS_STAGE", { no, stage: current }, lang));
    }
    case "jump": {
      const stage = input.move.stage;
      if (stage === current) return (lang: Lang) => issue("JUMP_TO_SAME_STAGE", { no, stage }, lang);
      return stage;
    }
    default:
      return current;
  }
}

const ACTIONS: Record<OpportunityMove["kind"], ActionTaken> = {
  next: "Next",
  previous: "Previous",
  jump: "Jumped",
  update: "Updated",
  won: "Won",
  lost: "Lost",
  reopen: "Updated",
};

/** The new active entry: the stage's completed %, the chances given (else the stage's), BC's estimates (OP2–OP4). */
function entryOf(input: MoveInput, stage: SalesCycleStage): OpportunityEntry {
  const { opportunity: o, active, move } = input;
  const kind = move.kind;
  const keepsChances = kind === "update" && active !== null;
  let chances = input.chancesOfSuccessPct ?? (keepsChances ? active.chancesOfSuccessPct : stage.chancesOfSuccessPct);
  let completed = stage.completedPct;
  let value = input.estimatedValue ?? active?.estimatedValue ?? o.estimatedValue;
  let probability = probabilityOf(input.cycle.probabilityCalculation, chances, completed);
  if (kind === "won") [completed, chances, probability] = [100, 100, 100];
  if (kind === "lost") [value, completed, chances, probability] = [0, 100, 0, 0];
  return {
    entryNo: input.entryNo,
    opportunityNo: o.no,
    salesCycleCode: o.salesCycleCode,
    salesCycleStage: stage.stage,
    previousStage: active?.salesCycleStage ?? 0,
    contactNo: o.contactNo,
    contactCompanyNo: o.contactCompanyNo,
    salespersonCode: o.salespersonCode,
    campaignNo: o.campaignNo,
    dateOfChange: input.date,
    active: true,
    actionTaken: ACTIONS[kind],
    estimatedValue: value,
    calcdCurrentValue: roundAmount((value * probability) / 100),
    completedPct: completed,
    chancesOfSuccessPct: chances,
    probabilityPct: probability,
    estimatedCloseDate: closeDate(input, stage),
  };
}

/** A date the person gave (other than the change date) stands; else the stage's formula from the change date (OP4). */
function closeDate(input: MoveInput, stage: SalesCycleStage): IsoDate | "" {
  const given = input.estimatedCloseDate;
  if (given !== undefined && given !== "" && given !== input.date) return given;
  if (stage.dateFormula !== "" && isValidDateFormula(stage.dateFormula)) return calcDate(stage.dateFormula, input.date);
  return given ?? input.active?.estimatedCloseDate ?? "";
}

function issue(code: string, params: Record<string, string | number>, lang: Lang): Issue {
  return makeIssue(0, "", code, "error", params, lang);
}
