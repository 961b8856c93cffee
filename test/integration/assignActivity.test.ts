/**
 * Engine scenarios for issue 18 "Assign an activity" (bc-reference §9.3): from the pane's request to the tasks in the
 * store and on the Tasks sheet — a segment's contacts (TK3), a team's fan-out (TK4), refusals (TK1, TK12), numbering
 * from the TASK series in one unit (TK13, TK14), and a recurring task assigned then closed on the sheet (TK11).
 */
import { byCaption, makeHarness } from "./engineHarness";
import type { Harness } from "./engineHarness";
import { NEW_TASK } from "../../src/domain";
import type { EntityKind } from "../../src/domain";

// The whole engine over the sim and Dexie, set up anew per test: 30 s is a limit, never an assertion on time.
jest.setTimeout(30_000);

const SHEET = "Tasks";
let h: Harness;
const { at } = byCaption(() => h);
const tasks = async () => (await h.store.loadRows("task")).sort((a, b) => a.no.localeCompare(b.no));
let ids = 0;
const meta = () => ({ rowId: `seed-${++ids}`, rowVersion: 1, rowHash: "" });
const log = (entity: EntityKind) => ({ at: "", bindingId: "", entity, origin: "test", puts: 0, deletes: 0, keys: [] });

/** Rows put straight into the store (the setup is not what is tested). */
async function seed(entity: EntityKind, rows: Record<string, unknown>[]): Promise<void> {
  const puts = rows.map((r) => ({ ...r, ...meta() })) as never[];
  await h.store.commit({ entity, puts, deletes: [], log: log(entity) });
}

/** Companies K00001… as the contacts of segment SEG01 (campaign CP01, salesperson JR). */
async function aSegment(contacts: number): Promise<void> {
  const no = (i: number) => `K${String(i).padStart(5, "0")}`;
  const people = Array.from({ length: contacts }, (_, k) => ({
    no: no(k + 1),
    type: "Company",
    name: `Company ${k + 1}`,
    companyNo: "",
    salespersonCode: "",
    email: "",
    postCode: "",
    city: "",
    countryCode: "DK",
    territoryCode: "",
    excludeFromSegment: false,
  }));
  await seed("contact", people);
  await seed("segmentHeader", [
    {
      no: "SEG01",
      description: "Autumn calls",
      campaignNo: "CP01",
      campaignTarget: true,
      campaignResponse: false,
      salespersonCode: "JR",
      interactionTemplateCode: "",
      unitCost: 0,
      unitDuration: 0,
      date: "2026-12-01",
    },
  ]);
  const lines = people.map((c, k) => ({
    segmentNo: "SEG01",
    lineNo: (k + 1) * 10000,
    contactNo: c.no,
    contactCompanyNo: c.no,
    campaignNo: "CP01",
    campaignTarget: true,
    campaignResponse: false,
    salespersonCode: "JR",
    interactionTemplateCode: "",
    description: "Autumn calls",
    cost: 0,
    duration: 0,
    date: "2026-12-01",
    evaluation: "",
    attemptFailed: false,
  }));
  await seed("segmentLine", lines);
}

/** Salespeople JR, AB and blocked XX; team SALES of all three; activity FOLLOW with four steps. */
beforeEach(async () => {
  h = await makeHarness("en", { url: "C:\\a.xlsx" });
  await h.bindAll();
  await seed("salesperson", [
    { code: "JR", name: "Jim", email: "", blocked: false },
    { code: "AB", name: "Anna", email: "", blocked: false },
    { code: "XX", name: "Xavier", email: "", blocked: true },
  ]);
  await seed("team", [{ code: "SALES", name: "Sales" }]);
  await seed("teamMember", [
    { teamCode: "SALES", salespersonCode: "JR" },
    { teamCode: "SALES", salespersonCode: "AB" },
    { teamCode: "SALES", salespersonCode: "XX" },
  ]);
  await seed("campaign", [
    {
      no: "CP01",
      description: "Autumn",
      startingDate: "2026-09-01",
      endingDate: "2026-12-31",
      salespersonCode: "JR",
      statusCode: "",
      lastDateModified: "",
    },
  ]);
  await seed("activity", [{ code: "FOLLOW", description: "Follow up" }]);
  const step = (stepNo: number, type: string, description: string, dateFormula: string) => ({
    activityCode: "FOLLOW",
    stepNo,
    type,
    description,
    priority: "Normal",
    dateFormula,
  });
  await seed("activityStep", [
    step(2, "", "Letter", "1W"),
    step(1, "PhoneCall", "First call", ""),
    step(4, "", "Last call", "CM+1D"),
    step(3, "Meeting", "Visit", "2W+1D"),
  ]);
});
afterEach(() => h.dispose());

const START = "2026-12-07";
/** The Tasks sheet is there from the start (TK14's other half: made by the assign when missing). */
async function tasksSheet(): Promise<void> {
  await h.engine.bind("task");
  await h.settle();
}

const assign = (over: Partial<Parameters<Harness["engine"]["assignActivity"]>[0]> = {}) =>
  h.engine.assignActivity({
    activityCode: "FOLLOW",
    startDate: START,
    context: { type: "segment", no: "SEG01" },
    ...over,
  });

test("[TK3][TK13][TK14] a 4-step activity assigned to a 500-contact segment: 2,000 tasks numbered from TASK, stored at once, on the Tasks sheet", async () => {
  await tasksSheet();
  await aSegment(500);
  const result = await assign();
  await h.settle();
  expect(result).toMatchObject({ ok: true, tasks: 2000, contacts: 500, firstNo: "TD0001", lastNo: "TD2000" });
  const stored = await tasks();
  expect(stored).toHaveLength(2000);
  // Per contact, the four steps in step order, each dated from the start date (TK2).
  expect(stored.slice(0, 4).map((t) => [t.no, t.description, t.date, t.contactNo, t.salespersonCode])).toEqual([
    ["TD0001", "First call", START, "K00001", "JR"],
    ["TD0002", "Letter", "2026-12-14", "K00001", "JR"],
    ["TD0003", "Visit", "2026-12-22", "K00001", "JR"],
    ["TD0004", "Last call", "2027-01-01", "K00001", "JR"],
  ]);
  expect(stored[1999]).toMatchObject({ no: "TD2000", contactNo: "K00500", campaignNo: "CP01", segmentNo: "SEG01" });
  expect((await h.store.getNumberSeries("TASK"))?.lastNoUsed).toBe("TD2000");
  expect(at(SHEET, 0, "No.")).toBe("TD0001");
  expect(at(SHEET, 1999, "No.")).toBe("TD2000");
  expect(at(SHEET, 1999, "Contact No.")).toBe("K00500");
  // Assigned again, the numbers go on from the series.
  const again = await assign({ context: { type: "salesperson", no: "AB" } });
  expect(again).toMatchObject({ ok: true, tasks: 4, contacts: 0, firstNo: "TD2001", lastNo: "TD2004" });
});

test("[TK4][TK12] a team's tasks fan out to its members; the blocked member is skipped and named", async () => {
  await tasksSheet();
  const result = await assign({ context: { type: "team", no: "SALES" }, meetingOrganizer: "JR" });
  await h.settle();
  expect(result).toMatchObject({ ok: true, tasks: 12, skippedMembers: ["XX"] });
  const stored = await tasks();
  expect(stored.slice(0, 3).map((t) => [t.no, t.teamCode, t.salespersonCode, t.organizerTaskNo])).toEqual([
    ["TD0001", "SALES", "", ""],
    ["TD0002", "", "JR", "TD0001"],
    ["TD0003", "", "AB", "TD0001"],
  ]);
  expect(at(SHEET, 11, "No.")).toBe("TD0012");
});

test("[TK1][TK12] refused, storing nothing: a blocked salesperson, a team's meeting without organizer, an unknown context or activity", async () => {
  const blocked = await assign({ context: { type: "salesperson", no: "XX" } });
  expect(blocked.ok).toBe(false);
  expect(blocked.issues[0]?.message).toContain("Salesperson XX is blocked");
  const team = await assign({ context: { type: "team", no: "SALES" } });
  expect(team.issues.map((i) => i.code)).toEqual(["MEETING_ORGANIZER_REQUIRED"]);
  const unknown = await assign({ context: { type: "contact", no: "NOPE" } });
  expect(unknown.issues.map((i) => i.code)).toEqual(["UNKNOWN_CONTACT"]);
  const activity = await assign({ activityCode: "NOPE", context: { type: "salesperson", no: "JR" } });
  expect(activity.issues.map((i) => i.code)).toEqual(["UNKNOWN_ACTIVITY"]);
  const noDate = await assign({ startDate: "", context: { type: "salesperson", no: "JR" } });
  expect(noDate.issues.map((i) => i.code)).toEqual(["ACTIVITY_DATE_REQUIRED"]);
  await h.settle();
  expect(await tasks()).toEqual([]);
  expect(await h.store.getNumberSeries("TASK")).toBeUndefined();
});

test("[TK12] a campaign's salesperson, a contact's company and an opportunity's fields pre-fill the tasks", async () => {
  await aSegment(3);
  const campaign = await assign({ context: { type: "campaign", no: "CP01" } });
  expect(campaign).toMatchObject({ ok: true, tasks: 4 });
  const contact = await assign({ context: { type: "contact", no: "K00002" }, salespersonCode: "AB" });
  expect(contact).toMatchObject({ ok: true, tasks: 4, contacts: 1 });
  await seed("opportunity", [
    {
      no: "OP01",
      description: "Big deal",
      salespersonCode: "AB",
      campaignNo: "CP01",
      contactNo: "K00003",
      contactCompanyNo: "K00003",
      salesCycleCode: "",
      segmentNo: "",
      creationDate: "2026-11-01",
      status: "NotStarted",
      closed: false,
      dateClosed: "",
      currentStage: 0,
      estimatedValue: 0,
      chancesOfSuccessPct: 0,
      completedPct: 0,
      probabilityPct: 0,
      calcdCurrentValue: 0,
    },
  ]);
  const opportunity = await assign({ context: { type: "opportunity", no: "OP01" } });
  expect(opportunity).toMatchObject({ ok: true, tasks: 4, contacts: 1 });
  const stored = await tasks();
  expect(stored[0]).toMatchObject({ campaignNo: "CP01", salespersonCode: "JR", contactNo: "", segmentNo: "" });
  expect(stored[4]).toMatchObject({ contactNo: "K00002", contactCompanyNo: "K00002", salespersonCode: "AB" });
  expect(stored[8]).toMatchObject({
    opportunityNo: "OP01",
    contactNo: "K00003",
    campaignNo: "CP01",
    salespersonCode: "AB",
  });
});

test("[TK11][TK7] a recurring task made by assigning, closed on the Tasks sheet, gives the next one numbered after the assigned ones", async () => {
  await tasksSheet();
  await assign({ context: { type: "salesperson", no: "JR" } });
  await h.settle();
  const { editAt } = byCaption(() => h);
  await editAt(SHEET, 0, "Recurring", "TRUE");
  await editAt(SHEET, 0, "Recurring Date Interval", "1W");
  await editAt(SHEET, 0, "Task Status", "Completed");
  const stored = await tasks();
  expect(stored.map((t) => t.no)).toEqual(["TD0001", "TD0002", "TD0003", "TD0004", "TD0005"]);
  expect(stored[4]).toMatchObject({ description: "First call", date: "2026-12-14", status: "NotStarted" });
  expect(at(SHEET, 4, "No.")).toBe("TD0005");
});

test("[TK14] a workbook without a Tasks sheet gets one showing the assigned tasks", async () => {
  expect(h.engine.getState().bindings.some((b) => b.entity === "task")).toBe(false);
  const result = await assign({ context: { type: "salesperson", no: "JR" } });
  await h.settle();
  expect(result).toMatchObject({ ok: true, tasks: 4 });
  expect(h.engine.getState().bindings.some((b) => b.entity === "task")).toBe(true);
  expect([0, 3].map((r) => at(SHEET, r, "No."))).toEqual(["TD0001", "TD0004"]);
});

test("[TK13] numbers a stored task already has are skipped", async () => {
  await seed("task", [{ ...NEW_TASK, no: "TD0002", description: "Typed", date: START, salespersonCode: "JR" }]);
  const result = await assign({ context: { type: "salesperson", no: "JR" } });
  expect(result).toMatchObject({ ok: true, tasks: 4, firstNo: "TD0001", lastNo: "TD0005" });
  expect((await tasks()).map((t) => t.no)).toEqual(["TD0001", "TD0002", "TD0003", "TD0004", "TD0005"]);
});
