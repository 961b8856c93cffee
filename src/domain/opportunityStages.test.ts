/** Moving an opportunity through its sales cycle as BC's Opportunity Entry does (docs/spec/opportunity-rules.md). */
import type { MoveInput, Opportunity, OpportunityEntry, OpportunityMove, SalesCycleStage } from "./index";
import { moveOpportunity, probabilityOf } from "./index";

const STAGES: SalesCycleStage[] = [1, 2, 3].map((stage) => ({
  salesCycleCode: "EXIST",
  stage,
  description: `Stage ${stage}`,
  completedPct: stage * 25,
  chancesOfSuccessPct: 40 + stage * 10,
  activityCode: "",
  dateFormula: stage === 2 ? "2W" : "",
}));

const NEW: Opportunity = {
  no: "OP001",
  description: "Chairs for Cronus",
  salespersonCode: "JR",
  campaignNo: "CP0001",
  contactNo: "K0001",
  contactCompanyNo: "K0001",
  salesCycleCode: "EXIST",
  segmentNo: "",
  creationDate: "2026-09-01",
  status: "NotStarted",
  closed: false,
  dateClosed: "",
  currentStage: 0,
  estimatedValue: 10_000,
  chancesOfSuccessPct: 0,
  completedPct: 0,
  probabilityPct: 0,
  calcdCurrentValue: 0,
};

const CYCLE = { code: "EXIST", description: "Existing customer", probabilityCalculation: "Multiply" as const };

interface State {
  opportunity: Opportunity;
  entries: OpportunityEntry[];
}

function move(state: State, m: OpportunityMove, extra: Partial<MoveInput> = {}): State {
  const active = state.entries.find((e) => e.active) ?? null;
  const input = { opportunity: state.opportunity, active, cycle: CYCLE, stages: STAGES, move: m, date: "2026-09-10" };
  const result = moveOpportunity({ ...input, entryNo: state.entries.length + 1, ...extra }, "en");
  if (!result.ok) throw new Error(result.issue.message);
  const entries = state.entries.map((e) => (e.entryNo === result.deactivated?.entryNo ? result.deactivated : e));
  return { opportunity: result.opportunity, entries: [...entries, result.entry] };
}

const start = (): State => move({ opportunity: NEW, entries: [] }, { kind: "next" });
const refusal = (state: State, m: OpportunityMove, extra: Partial<MoveInput> = {}) => {
  try {
    move(state, m, extra);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
};

test("[OP1] next, next, previous, jump and update each write one entry that alone is active", () => {
  let s = start();
  expect(s.opportunity).toMatchObject({ status: "InProgress", currentStage: 1 });
  s = move(s, { kind: "next" });
  s = move(s, { kind: "previous" });
  s = move(s, { kind: "jump", stage: 3 });
  s = move(s, { kind: "update" }, { estimatedValue: 12_000 });
  expect(s.entries.map((e) => [e.actionTaken, e.previousStage, e.salesCycleStage])).toEqual([
    ["Next", 0, 1],
    ["Next", 1, 2],
    ["Previous", 2, 1],
    ["Jumped", 1, 3],
    ["Updated", 3, 3],
  ]);
  expect(s.entries.filter((e) => e.active).map((e) => e.entryNo)).toEqual([5]);
  expect(s.opportunity.currentStage).toBe(3);
});

test("[OP1] moves that cannot be made say why, and change nothing", () => {
  expect(refusal({ opportunity: NEW, entries: [] }, { kind: "previous" })).toContain("has not started");
  let s = start();
  expect(refusal(s, { kind: "previous" })).toContain("first stage (1): there is no previous stage");
  expect(refusal(s, { kind: "jump", stage: 1 })).toContain("already at stage 1");
  expect(refusal(s, { kind: "jump", stage: 9 })).toContain("Sales cycle EXIST has no stage 9");
  s = move(move(s, { kind: "next" }), { kind: "next" });
  expect(refusal(s, { kind: "next" })).toContain("last stage (3) of sales cycle EXIST. Close it as won or lost");
  expect(refusal(s, { kind: "update" }, { stages: [] })).toContain("Sales cycle EXIST has no stages");
});

test("[OP2] the four probability calculations, and the current value from the estimated value", () => {
  expect(probabilityOf("Multiply", 60, 50)).toBe(30);
  expect(probabilityOf("Add", 60, 50)).toBe(55);
  expect(probabilityOf("ChancesOfSuccess", 60, 50)).toBe(60);
  expect(probabilityOf("Completed", 60, 50)).toBe(50);
  const s = move(start(), { kind: "next" }); // stage 2: completed 50, chances 60 (the stage's)
  expect(s.opportunity).toMatchObject({ completedPct: 50, chancesOfSuccessPct: 60, probabilityPct: 30 });
  expect(s.opportunity.calcdCurrentValue).toBe(3_000);
  const updated = move(s, { kind: "update" }, { chancesOfSuccessPct: 33.33, estimatedValue: 999.99 });
  expect(updated.opportunity.probabilityPct).toBeCloseTo(16.665);
  expect(updated.opportunity.calcdCurrentValue).toBe(166.65); // 999.99 × 16.665 % = 166.648…
  expect(move(updated, { kind: "update" }).opportunity.chancesOfSuccessPct).toBe(33.33); // an update keeps them
  expect(refusal(s, { kind: "update" }, { chancesOfSuccessPct: 101 })).toContain("from 0 to 100");
  expect(refusal(s, { kind: "update" }, { estimatedValue: -1 })).toContain("cannot be negative");
});

test("[OP3] won sets 100 % and keeps the value; lost sets the value to 0; both close the opportunity", () => {
  const s = move(start(), { kind: "next" });
  const won = move(s, { kind: "won" }, { date: "2026-09-20" });
  expect(won.opportunity).toMatchObject({ status: "Won", closed: true, dateClosed: "2026-09-20", currentStage: 2 });
  expect(won.entries.at(-1)).toMatchObject({ actionTaken: "Won", completedPct: 100, chancesOfSuccessPct: 100 });
  expect(won.opportunity).toMatchObject({ probabilityPct: 100, estimatedValue: 10_000, calcdCurrentValue: 10_000 });
  const lost = move(s, { kind: "lost" });
  expect(lost.opportunity).toMatchObject({ status: "Lost", closed: true, estimatedValue: 0, calcdCurrentValue: 0 });
  expect(lost.entries.at(-1)).toMatchObject({ completedPct: 100, chancesOfSuccessPct: 0, probabilityPct: 0 });
});

test("[OP4] the estimated close date: given, else the stage's date formula from the date of change", () => {
  const atTwo = move(start(), { kind: "next" }, { date: "2026-09-10" });
  expect(atTwo.entries.at(-1)?.estimatedCloseDate).toBe("2026-09-24"); // 2W
  const given = move(start(), { kind: "next" }, { estimatedCloseDate: "2026-12-01" });
  expect(given.entries.at(-1)?.estimatedCloseDate).toBe("2026-12-01");
  const same = move(start(), { kind: "next" }, { date: "2026-09-10", estimatedCloseDate: "2026-09-10" });
  expect(same.entries.at(-1)?.estimatedCloseDate).toBe("2026-09-24");
});

test("[OP5] a closed opportunity moves only by reopening; reopening an open one is refused", () => {
  const won = move(move(start(), { kind: "next" }), { kind: "won" });
  expect(refusal(won, { kind: "next" })).toContain("is closed (Won). Reopen it first");
  const reopened = move(won, { kind: "reopen" });
  expect(reopened.opportunity).toMatchObject({ status: "InProgress", closed: false, dateClosed: "", currentStage: 2 });
  expect(reopened.entries.at(-1)).toMatchObject({ actionTaken: "Updated", completedPct: 50, active: true });
  expect(refusal(reopened, { kind: "reopen" })).toContain("is not closed");
});

test("[OP6] a date of change before the last change is refused", () => {
  const s = start();
  expect(refusal(s, { kind: "next" }, { date: "2026-09-01" })).toContain(
    "The date of change 2026-09-01 is before the opportunity's last change on 2026-09-10",
  );
});
