/** A sales-cycle stage's activity assigned when an opportunity enters the stage (docs/spec/task-rules.md TK20–TK21). */
import type { ActivityStep, Opportunity, OpportunityEntry, SalesCycleStage, StageTasksInput } from "./index";
import { entersActivityStage, stageTasks } from "./index";

const stage = (activityCode: string): SalesCycleStage => ({
  salesCycleCode: "STD",
  stage: 2,
  description: "Proposal",
  completedPct: 50,
  chancesOfSuccessPct: 50,
  activityCode,
  dateFormula: "",
});

const entry = (actionTaken: OpportunityEntry["actionTaken"]): OpportunityEntry => ({
  entryNo: 7,
  opportunityNo: "OP0001",
  salesCycleCode: "STD",
  salesCycleStage: 2,
  previousStage: 1,
  contactNo: "C01P1",
  contactCompanyNo: "C01",
  salespersonCode: "JR",
  campaignNo: "CP0003",
  dateOfChange: "2026-11-27",
  active: true,
  actionTaken,
  estimatedValue: 1000,
  calcdCurrentValue: 250,
  completedPct: 50,
  chancesOfSuccessPct: 50,
  probabilityPct: 25,
  estimatedCloseDate: "",
});

const opportunity = { no: "OP0001", salespersonCode: "JR", contactNo: "C01P1", contactCompanyNo: "C01" };
const steps: ActivityStep[] = [
  { activityCode: "PROP", stepNo: 2, type: "", description: "Send proposal", priority: "High", dateFormula: "1W" },
  { activityCode: "PROP", stepNo: 1, type: "PhoneCall", description: "Call", priority: "Normal", dateFormula: "" },
];

function input(o: Partial<StageTasksInput> = {}): StageTasksInput {
  let n = 0;
  return {
    entry: entry("Next"),
    opportunity: { ...opportunity, segmentNo: "SEG01" } as Opportunity,
    stage: stage("PROP"),
    activity: { code: "PROP", description: "Proposal" },
    steps,
    salespeople: new Map([
      ["JR", { blocked: false }],
      ["XX", { blocked: true }],
    ]),
    nextNo: () => `TD${String(++n).padStart(4, "0")}`,
    ...o,
  };
}

test("[TK20] entering a stage with an activity code assigns its activity with the opportunity as context, from the entry's date", () => {
  const tasks = stageTasks(input(), "en");
  expect(tasks.map((t) => [t.no, t.description, t.date, t.type, t.priority])).toEqual([
    ["TD0001", "Call", "2026-11-27", "PhoneCall", "Normal"],
    ["TD0002", "Send proposal", "2026-12-04", "", "High"],
  ]);
  expect(tasks[0]).toMatchObject({
    salespersonCode: "JR",
    teamCode: "",
    contactNo: "C01P1",
    contactCompanyNo: "C01",
    campaignNo: "CP0003",
    opportunityNo: "OP0001",
    segmentNo: "SEG01",
    activityCode: "PROP",
    status: "NotStarted",
    closed: false,
  });
});

test("[TK20] Next, Previous and Jumped enter a stage; Updated, Won and Lost stay where the opportunity was and give none", () => {
  for (const action of ["Next", "Previous", "Jumped"] as const) {
    expect(entersActivityStage(entry(action), stage("PROP"))).toBe(true);
    expect(stageTasks(input({ entry: entry(action) }), "en")).toHaveLength(2);
  }
  for (const action of ["Updated", "Won", "Lost"] as const) {
    expect(entersActivityStage(entry(action), stage("PROP"))).toBe(false);
    expect(stageTasks(input({ entry: entry(action) }), "en")).toEqual([]);
  }
});

test("[TK20] a stage without an activity code, or unknown to the cycle, gives no tasks", () => {
  expect(stageTasks(input({ stage: stage("") }), "en")).toEqual([]);
  expect(stageTasks(input({ stage: undefined }), "en")).toEqual([]);
});

test("[TK21] an activity that cannot be assigned gives no tasks and takes no numbers", () => {
  let taken = 0;
  const nextNo = () => `TD${++taken}`;
  expect(stageTasks(input({ activity: null, nextNo }), "en")).toEqual([]);
  const blocked = { ...input().opportunity, salespersonCode: "XX" };
  expect(stageTasks(input({ opportunity: blocked, nextNo }), "en")).toEqual([]);
  const bad = [{ ...steps[0]!, dateFormula: "2X" }];
  expect(stageTasks(input({ steps: bad, nextNo }), "en")).toEqual([]);
  expect(taken).toBe(0);
});

test("[TK20] an activity without steps gives one task with its description on the entry's date", () => {
  const tasks = stageTasks(input({ steps: [] }), "en");
  expect(tasks.map((t) => [t.description, t.date])).toEqual([["Proposal", "2026-11-27"]]);
});
