import { validateActivities, validateActivitySteps, validateTasks } from "./validateTasks";
import { NEW_TASK } from "./taskRecords";
import type { ActivityStep, Task } from "./taskRecords";

const refs = {
  salespeople: new Map([
    ["JR", { blocked: false }],
    ["OLD", { blocked: true }],
  ]),
  teams: new Set(["SALES"]),
  contacts: new Set(["CT1"]),
  campaigns: new Set(["CP0001"]),
  activities: new Set(["INIT"]),
};

const task = (fields: Partial<Task> = {}): Task => ({
  ...NEW_TASK,
  ...{ no: "TD0001", description: "Call back", date: "2026-03-02", salespersonCode: "JR" },
  ...fields,
});

const step = (fields: Partial<ActivityStep> = {}): ActivityStep => ({
  activityCode: "INIT",
  stepNo: 1,
  type: "",
  description: "Send letter",
  priority: "Normal",
  dateFormula: "1W",
  ...fields,
});

const codes = (issues: readonly { field: string; code: string }[]) => issues.map((i) => `${i.field}:${i.code}`);

test("[TK9] activity codes are unique", () => {
  const issues = validateActivities(
    [
      { code: "INIT", description: "" },
      { code: "init", description: "" },
    ],
    "en",
  );
  expect(codes(issues)).toEqual(["code:DUPLICATE_KEY", "code:DUPLICATE_KEY"]);
});

test("[TK9] a step names a known activity, a positive step no. unique in it, and a valid date formula", () => {
  expect(validateActivitySteps([step(), step({ stepNo: 2, dateFormula: "" })], refs, "en")).toEqual([]);
  const issues = validateActivitySteps(
    [step({ activityCode: "NOPE" }), step({ stepNo: 0 }), step({ stepNo: 3, dateFormula: "2X" }), step({ stepNo: 3 })],
    refs,
    "da",
  );
  expect(codes(issues)).toEqual([
    "activityCode:UNKNOWN_ACTIVITY",
    "stepNo:STEP_NOT_POSITIVE",
    "dateFormula:DATE_FORMULA_SYNTAX",
    "stepNo:DUPLICATE_KEY",
    "stepNo:DUPLICATE_KEY",
  ]);
  expect(issues[0]?.message).toContain("findes ikke");
});

test("[TK10] a task is a salesperson's or a team's, dated, with known references", () => {
  expect(validateTasks([task(), task({ no: "TD0002", salespersonCode: "", teamCode: "SALES" })], refs, "en")).toEqual(
    [],
  );
  const issues = validateTasks(
    [
      task({ salespersonCode: "" }),
      task({ no: "TD0002", date: "" }),
      task({ no: "TD0003", salespersonCode: "OLD", teamCode: "X", contactNo: "CT9", activityCode: "NOPE" }),
    ],
    refs,
    "en",
  );
  expect(codes(issues)).toEqual([
    "salespersonCode:TASK_NEEDS_ASSIGNEE",
    "date:TASK_DATE_REQUIRED",
    "salespersonCode:SALESPERSON_BLOCKED",
    "teamCode:UNKNOWN_TEAM",
    "contactNo:UNKNOWN_CONTACT",
    "activityCode:UNKNOWN_ACTIVITY",
  ]);
});

test("[TK10] a recurring task needs a recurring date interval BC understands", () => {
  expect(validateTasks([task({ recurring: true, recurringDateInterval: "1W" })], refs, "en")).toEqual([]);
  const issues = validateTasks(
    [task({ recurring: true }), task({ no: "TD0002", recurring: true, recurringDateInterval: "weekly" })],
    refs,
    "en",
  );
  expect(codes(issues)).toEqual([
    "recurringDateInterval:TASK_RECURRING_INTERVAL",
    "recurringDateInterval:TASK_RECURRING_INTERVAL",
  ]);
});
