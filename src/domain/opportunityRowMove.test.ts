import { opportunityRowMove } from "./opportunityRowMove";
import type { RowMoveInput } from "./opportunityRowMove";
import type { Opportunity, OpportunityEntry, SalesCycleStage } from "./opportunityRecords";

const stage = (n: number, completed: number, chances: number): SalesCycleStage => ({
  salesCycleCode: "STD",
  stage: n,
  description: `Stage ${n}`,
  completedPct: completed,
  chancesOfSuccessPct: chances,
  activityCode: "",
  dateFormula: "",
});
const STAGES = [stage(3, 80, 70), stage(1, 10, 20), stage(2, 50, 50)];

const at2: Opportunity = {
  no: "OP1",
  description: "Deal",
  salespersonCode: "JR",
  campaignNo: "CP1",
  contactNo: "C01",
  contactCompanyNo: "C01",
  salesCycleCode: "STD",
  segmentNo: "",
  creationDate: "2026-09-01",
  status: "InProgress",
  closed: false,
  dateClosed: "",
  currentStage: 2,
  estimatedValue: 1000,
  chancesOfSuccessPct: 50,
  completedPct: 50,
  probabilityPct: 25,
  calcdCurrentValue: 250,
};
const active = {
  entryNo: 2,
  opportunityNo: "OP1",
  salesCycleStage: 2,
  dateOfChange: "2026-09-02",
  estimatedValue: 1000,
  chancesOfSuccessPct: 50,
  estimatedCloseDate: "",
} as OpportunityEntry;

const input = (record: Partial<Opportunity>, previous: Opportunity | null = at2): RowMoveInput => ({
  record: { ...at2, ...record },
  previous,
  active: previous ? active : null,
  cycle: { code: "STD", description: "", probabilityCalculation: "Multiply" },
  stages: STAGES,
  date: "2026-09-10",
  entryNo: 3,
});
const actionOf = (r: ReturnType<typeof opportunityRowMove>) =>
  r.kind === "moved" ? r.result.entry.actionTaken : r.kind;

test("[OP11] the stage after the stored one is Next, the one before Previous, any other a Jump", () => {
  expect(actionOf(opportunityRowMove(input({ currentStage: 3 }), "en"))).toBe("Next");
  expect(actionOf(opportunityRowMove(input({ currentStage: 1 }), "en"))).toBe("Previous");
  const at1 = { ...at2, currentStage: 1 };
  const jumped = opportunityRowMove(
    { ...input({ currentStage: 3 }, at1), active: { ...active, salesCycleStage: 1 } },
    "en",
  );
  expect(actionOf(jumped)).toBe("Jumped");
});

test("[OP11] a changed value or chances alone is an Update with them; the derived fields typed over are not taken", () => {
  const moved = opportunityRowMove(input({ estimatedValue: 2000, probabilityPct: 99 }), "en");
  expect(actionOf(moved)).toBe("Updated");
  expect(moved.record).toMatchObject({ estimatedValue: 2000, chancesOfSuccessPct: 50, probabilityPct: 25 });
  expect(moved.record.calcdCurrentValue).toBe(500);
});

test("[OP11] changing the stage and closing at once, or a status only moves set, is refused with the reason", () => {
  const both = opportunityRowMove(input({ currentStage: 3, status: "Won" }), "en");
  expect(both.kind === "refused" && both.issue.code).toBe("OPPORTUNITY_ONE_CHANGE");
  const status = opportunityRowMove(input({ status: "NotStarted" }), "en");
  expect(status.kind === "refused" && status.issue.code).toBe("OPPORTUNITY_STATUS_SET_BY_MOVE");
});

test("[OP11] a new row without a stage is stored not started with no move; with one it makes its first move", () => {
  const plain = opportunityRowMove(input({ currentStage: 0, status: "InProgress", probabilityPct: 7 }, null), "en");
  expect(plain.kind).toBe("none");
  expect(plain.record).toMatchObject({ status: "NotStarted", currentStage: 0, probabilityPct: 0 });
  const started = opportunityRowMove(
    input({ currentStage: 1, status: "NotStarted", chancesOfSuccessPct: 0 }, null),
    "en",
  );
  expect(actionOf(started)).toBe("Next");
  expect(started.record).toMatchObject({ currentStage: 1, chancesOfSuccessPct: 20, probabilityPct: 2 });
});

test("[OP12] a closed opportunity's changed fields are put back with a warning; another closed status is refused", () => {
  const won = { ...at2, status: "Won" as const, closed: true, dateClosed: "2026-09-05" };
  const edited = opportunityRowMove(input({ ...won, description: "New", estimatedValue: 5 }, won), "en");
  expect(edited.kind).toBe("none");
  expect(edited.record).toEqual(won);
  expect(edited.kind === "none" && edited.issue?.code).toBe("OPPORTUNITY_READ_ONLY");
  const lost = opportunityRowMove(input({ ...won, status: "Lost" }, won), "en");
  expect(lost.kind === "refused" && lost.issue.code).toBe("OPPORTUNITY_CLOSED");
});

test("[OP14] a row that already shows its active entry, newer than the stored row, is taken as it is: no second move", () => {
  const entry = {
    ...active,
    entryNo: 3,
    salesCycleStage: 3,
    actionTaken: "Next",
    completedPct: 80,
  } as OpportunityEntry;
  const shown = { currentStage: 3, chancesOfSuccessPct: 70, probabilityPct: 56, calcdCurrentValue: 560 };
  const arrived = { ...entry, ...shown, estimatedValue: 1000 };
  // The row as merged: the edited fields from the copy, the derived ones still the stored row's.
  const merged = input({ currentStage: 3, chancesOfSuccessPct: 70 });
  const row = opportunityRowMove({ ...merged, active: arrived }, "en");
  expect(row.kind).toBe("none");
  expect(row.record).toMatchObject({ currentStage: 3, completedPct: 80, probabilityPct: 56, calcdCurrentValue: 560 });
  // Without the arrived entry the same row is a move of this pane's own.
  expect(actionOf(opportunityRowMove(input({ ...shown, completedPct: 80 }), "en"))).toBe("Next");
});
