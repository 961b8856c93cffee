/** Assign Activity as BC's page 5146 does it (docs/spec/task-rules.md, TK1–TK5). */
import type { ActivityStep, AssignInput } from "./index";
import { assignActivity, explainDateFormula } from "./index";

const step = (stepNo: number, dateFormula: string, o: Partial<ActivityStep> = {}): ActivityStep => ({
  activityCode: "LAUNCH",
  stepNo,
  type: "PhoneCall",
  description: `Step ${stepNo}`,
  priority: "Low",
  dateFormula,
  ...o,
});

function input(o: Partial<AssignInput> = {}): AssignInput {
  let n = 0;
  return {
    activity: { code: "LAUNCH", description: "Product launch" },
    steps: [step(3, "<1Q>"), step(1, ""), step(2, "CM+1D"), step(4, "-CW"), step(5, "WD2")],
    startDate: "2026-03-11",
    salespersonCode: "JR",
    teamCode: "",
    meetingOrganizer: "",
    context: { campaignNo: "CP0001" },
    salespeople: new Map([
      ["JR", { blocked: false }],
      ["AB", { blocked: false }],
      ["XX", { blocked: true }],
    ]),
    teamMembers: [],
    nextNo: () => `TD${String(++n).padStart(4, "0")}`,
    ...o,
  };
}

const ok = (o: Partial<AssignInput> = {}) => {
  const r = assignActivity(input(o), "en");
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r;
};
const refused = (o: Partial<AssignInput>) => {
  const r = assignActivity(input(o), "en");
  return r.ok ? "" : r.issues[0]!.message;
};

test("[TK1] refusals in BC's order, each saying what to do, and nothing created", () => {
  expect(refused({ activity: null })).toContain("Choose the activity");
  expect(refused({ startDate: "" })).toContain("Enter the start date for activity LAUNCH");
  expect(refused({ salespersonCode: "" })).toContain("Choose a salesperson or a team");
  const meeting = [step(1, "", { type: "Meeting" })];
  expect(refused({ salespersonCode: "", teamCode: "SALES", steps: meeting })).toContain("meeting organizer");
  expect(refused({ salespersonCode: "XX" })).toContain("Salesperson XX is blocked");
  expect(refused({ steps: [step(1, "2X")] })).toContain("Step 1 has the date formula “2X”");
});

test("[TK2] one task per step in step order, every step dated from the start date", () => {
  const { tasks } = ok();
  expect(tasks.map((t) => [t.description, t.date])).toEqual([
    ["Step 1", "2026-03-11"], // no formula: the start date
    ["Step 2", "2026-04-01"], // CM+1D: end of March, then a day
    ["Step 3", "2026-06-11"], // <1Q>: a quarter on
    ["Step 4", "2026-03-09"], // -CW: the week's Monday
    ["Step 5", "2026-03-17"], // WD2: the next Tuesday
  ]);
  expect(tasks[0]).toMatchObject({
    no: "TD0001",
    type: "PhoneCall",
    priority: "Low",
    status: "NotStarted",
    closed: false,
    salespersonCode: "JR",
    teamCode: "",
    campaignNo: "CP0001",
    activityCode: "LAUNCH",
  });
  const none = ok({ steps: [] }).tasks;
  expect(none.map((t) => [t.description, t.date, t.priority])).toEqual([["Product launch", "2026-03-11", "Normal"]]);
});

test("[TK3] a segment gives one task set per contact, each with the contact and its company", () => {
  const contacts = [
    { contactNo: "K1", contactCompanyNo: "K1" },
    { contactNo: "P2", contactCompanyNo: "K2" },
  ];
  const { tasks } = ok({ steps: [step(1, ""), step(2, "1W")], contacts, context: { segmentNo: "SEG1" } });
  expect(tasks.map((t) => [t.contactNo, t.contactCompanyNo, t.date, t.segmentNo])).toEqual([
    ["K1", "K1", "2026-03-11", "SEG1"],
    ["K1", "K1", "2026-03-18", "SEG1"],
    ["P2", "K2", "2026-03-11", "SEG1"],
    ["P2", "K2", "2026-03-18", "SEG1"],
  ]);
});

test("[TK4] a team task fans out to each member who is not blocked; blocked members are named", () => {
  const r = ok({ steps: [step(1, "")], salespersonCode: "", teamCode: "SALES", teamMembers: ["JR", "XX", "AB"] });
  expect(r.tasks.map((t) => [t.no, t.teamCode, t.salespersonCode, t.organizerTaskNo])).toEqual([
    ["TD0001", "SALES", "", ""],
    ["TD0002", "", "JR", "TD0001"],
    ["TD0003", "", "AB", "TD0001"],
  ]);
  expect(r.skippedMembers).toEqual(["XX"]);
});

test("[TK5] what a step's formula means from today, in both languages", () => {
  expect(explainDateFormula("2W+1D", "2026-03-01", "en")).toBe("2W+1D → 2026-03-16 from today");
  expect(explainDateFormula("2W+1D", "2026-03-01", "da")).toBe("2W+1D → 16-03-2026 fra i dag");
  expect(explainDateFormula("", "2026-03-01", "en")).toBe("on the start date");
  expect(explainDateFormula("2X", "2026-03-01", "en")).toBe("");
});
