/**
 * Engine scenarios for issue 16 "What a campaign did": Log Segment from the pane, interactions sales people type or
 * paste on the Interactions sheet, campaign entries canceled and deleted on theirs, a logged segment's closed lines,
 * a line following its template, and activation that asks before it errs and counts interactions.
 */
import { contactRows, PLAIN, segmentHeader } from "./segmentFixtures";
import { byCaption, makeHarness, mergeReturned } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test: 30 s is a limit, never an assertion on time.
jest.setTimeout(30_000);

const CP = "CP0003";
let h: Harness;

const { col, at, editAt } = byCaption(() => h);
const status = (sheet: string, row: number) => String(at(sheet, row, "Status"));
const interactions = async () => (await h.store.loadRows("interactionLogEntry")).sort((a, b) => a.entryNo - b.entryNo);

/** Salesperson JR, campaign CP, the contacts, and templates MAIL and CALL. */
async function setUp(w: Harness): Promise<void> {
  await w.bindAll();
  await w.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await w.paste("campaign", 0, [[CP, "Autumn", "2026-09-01", "2026-11-30", "JR", ""]]);
  for (const [entity, rows] of [
    ["contact", contactRows()],
    ["interactionGroup", [["LETTER", "Letters"]]],
    [
      "interactionTemplate",
      [
        ["MAIL", "LETTER", "Mailing", "2", "5", "Outbound", "Us", "", "FALSE", "FALSE"],
        ["CALL", "LETTER", "Phone call", "0", "15", "Outbound", "Us", CP, "TRUE", "FALSE"],
      ],
    ],
  ] as const) {
    await w.engine.bind(entity);
    await w.settle();
    await w.paste(
      entity,
      0,
      rows.map((r) => [...r]),
    );
  }
}

beforeEach(async () => {
  h = await makeHarness("en", { url: "C:\\a.xlsx" });
  await setUp(h);
});
afterEach(() => h.dispose());

/** SEG0001 for CP with the MAIL template and contacts C01, C02 and P01a. */
async function aSegment(): Promise<void> {
  await h.engine.saveSegment(segmentHeader(CP, { interactionTemplateCode: "MAIL", unitCost: 2, unitDuration: 5 }), {
    isNew: true,
    applyToLines: false,
  });
  for (const no of ["C01", "C02", "P01A"]) await h.engine.addContacts("SEG0001", { no }, PLAIN);
  await h.settle();
}

test("[IR1][IR2] Log Segment stores a logged segment, one campaign entry and an interaction per line, shown in their sheets", async () => {
  await aSegment();
  const result = await h.engine.logSegment("SEG0001", { followUp: true });
  await h.settle();
  expect(result).toMatchObject({ ok: true, loggedSegmentEntryNo: 1, interactions: 3, campaignEntries: 1 });
  expect(result.followUpNo).toBe("SEG0002");
  const logged = await interactions();
  expect(logged.map((i) => [i.entryNo, i.contactNo, i.campaignEntryNo, i.loggedSegmentEntryNo])).toEqual([
    [1, "C01", 1, 1],
    [2, "C02", 1, 1],
    [3, "P01A", 1, 1],
  ]);
  expect(logged[2]).toMatchObject({ contactCompanyNo: "C01", cost: 2, duration: 5, interactionGroupCode: "LETTER" });
  const [entry] = await h.store.loadRows("campaignEntry");
  expect(entry).toMatchObject({ entryNo: 1, campaignNo: CP, segmentNo: "SEG0001", registerNo: 1, canceled: false });
  // The records travel: each has a sheet showing it.
  expect(at("Interactions", 2, "Contact No.")).toBe("P01A");
  expect(at("Campaign Entries", 0, "Campaign No.")).toBe(CP);
  expect(at("Logged Segments", 0, "Segment No.")).toBe("SEG0001");
  // The follow-up segment has the same contacts; logging twice is refused.
  expect((await h.store.loadRows("segmentLine")).filter((l) => l.segmentNo === "SEG0002")).toHaveLength(3);
  const again = await h.engine.logSegment("SEG0001", { followUp: false });
  expect(again.issues.map((i) => i.code)).toEqual(["LOG_SEGMENT_ALREADY_LOGGED"]);
});

test("[SP43] the three sheets a Log Segment makes are recorded in the workbook's bindings table in one write", async () => {
  await aSegment();
  const writes = jest.spyOn(h.workbook, "writeCells");
  await h.engine.logSegment("SEG0001", { followUp: false });
  await h.settle();
  const toBindings = writes.mock.calls.filter(([table]) => table === "CampaignDeskBindings");
  expect(toBindings).toHaveLength(1);
  const entities = toBindings[0]?.[1][0]?.values.map((row) => row[1]);
  expect(entities).toEqual(["interactionLogEntry", "loggedSegment", "campaignEntry"]);
  expect(at("Logged Segments", 0, "Segment No.")).toBe("SEG0001");
});

test("[SP43] a sheet that cannot be made (its name taken by a person's cells) leaves the others bound and recorded", async () => {
  await aSegment();
  h.sim.addSheet("Logged Segments");
  h.sim.userEdit("Logged Segments", 0, 0, [["my notes"]]);
  const writes = jest.spyOn(h.workbook, "writeCells");
  await h.engine.logSegment("SEG0001", { followUp: false });
  await h.settle();
  const recorded = writes.mock.calls
    .filter(([table]) => table === "CampaignDeskBindings")
    .flatMap(([, blocks]) => blocks.flatMap((b) => b.values.map((row) => row[1])));
  expect(recorded).toEqual(["interactionLogEntry", "campaignEntry"]);
  expect(at("Interactions", 2, "Contact No.")).toBe("P01A");
  expect(h.sim.cell("Logged Segments", 0, 0).value).toBe("my notes");
});

test("[IR10] a logged segment's lines refuse edits: a change and a delete are put back with a message", async () => {
  await aSegment();
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  await h.engine.logSegment("SEG0001", { followUp: false });
  await h.settle();
  const sheet = "Segment SEG0001";
  await editAt(sheet, 0, "Cost (LCY)", "99");
  expect(at(sheet, 0, "Cost (LCY)")).toBe(2);
  expect(status(sheet, 0)).toContain("Segment SEG0001 is logged");
  expect((await h.store.loadRows("segmentLine")).find((l) => l.contactNo === "C01")?.cost).toBe(2);
  const firstBody = col(sheet, "Contact No.").row + 1;
  h.sim.userDeleteRows(sheet, firstBody, 1);
  await h.settle();
  expect((await h.store.loadRows("segmentLine")).filter((l) => l.segmentNo === "SEG0001")).toHaveLength(3);
  // The pane's header save, Add Contacts and Delete are refused too.
  const header = segmentHeader(CP, { no: "SEG0001", description: "Changed", interactionTemplateCode: "MAIL" });
  const saved = await h.engine.saveSegment(header, { isNew: false, applyToLines: false });
  const added = await h.engine.addContacts("SEG0001", { no: "C09" }, PLAIN);
  const deleted = await h.engine.deleteSegment("SEG0001");
  for (const r of [saved, added, deleted]) expect(r.issues.map((i) => i.code)).toEqual(["SEGMENT_LOGGED_READ_ONLY"]);
  expect((await h.store.loadRows("segmentHeader")).find((s) => s.no === "SEG0001")?.description).toBe("Autumn mailing");
});

test("[IR8][IR11] typed and pasted interactions are stored with their numbers and one campaign entry; a bad row is flagged", async () => {
  await h.engine.bind("interactionLogEntry");
  await h.settle();
  const sheet = "Interactions";
  const row = (date: string, contact: string, campaign: string, salesperson = "JR") => {
    const c = (caption: string) => col(sheet, caption).col;
    const cells = Array.from({ length: c("Opportunity No.") + 1 }, () => "");
    cells[c("Date")] = date;
    cells[c("Contact No.")] = contact;
    cells[c("Interaction Template Code")] = "CALL";
    cells[c("Description")] = "Called";
    cells[c("Campaign No.")] = campaign;
    cells[c("Salesperson Code")] = salesperson;
    return cells;
  };
  h.sim.userEdit(sheet, 1, 0, [
    row("2026-09-10", "C01", CP),
    row("2026-09-11", "C99", CP),
    row("2026-09-12", "P02A", CP),
  ]);
  await h.settle();
  const stored = await interactions();
  expect(stored.map((i) => [i.entryNo, i.contactNo, i.contactCompanyNo, i.campaignEntryNo])).toEqual([
    [1, "C01", "C01", 1],
    [2, "P02A", "C02", 1],
  ]);
  // What the rows left blank came from their template, as Create Interaction fills it.
  expect(stored[0]).toMatchObject({ duration: 15, informationFlow: "Outbound", initiatedBy: "Us" });
  expect(at(sheet, 0, "Duration (Min.)")).toBe(15);
  expect(status(sheet, 1)).toContain("C99");
  expect(at(sheet, 0, "Entry No.")).toBe(1);
  expect(at(sheet, 0, "Campaign Entry No.")).toBe(1);
  const entries = await h.store.loadRows("campaignEntry");
  expect(entries.map((e) => [e.entryNo, e.campaignNo, e.description, e.registerNo])).toEqual([
    [1, CP, "Interactions", 0],
  ]);
  // A later interaction of the same campaign joins the same entry.
  h.sim.userEdit(sheet, 4, 0, [row("2026-09-13", "C03", CP)]);
  await h.settle();
  expect((await interactions()).map((i) => i.campaignEntryNo)).toEqual([1, 1, 1]);
  expect(await h.store.loadRows("campaignEntry")).toHaveLength(1);
});

test("[IR4][IR5][IR6] canceling an entry cancels its interactions; only a canceled entry can be deleted, with them, after a yes", async () => {
  await aSegment();
  await h.engine.logSegment("SEG0001", { followUp: false });
  await h.settle();
  const entries = "Campaign Entries";
  // Deleting an uncanceled entry: put back with the reason.
  h.sim.userDeleteRows(entries, 1, 1);
  await h.settle();
  expect(await h.store.loadRows("campaignEntry")).toHaveLength(1);
  expect(JSON.stringify(h.engine.getState().issues)).toContain("CAMPAIGN_ENTRY_NOT_CANCELED");
  await editAt(entries, 0, "Canceled", "TRUE");
  expect((await interactions()).map((i) => i.canceled)).toEqual([true, true, true]);
  expect(at("Interactions", 0, "Canceled")).toBe(true);
  // An interaction cannot be un-canceled while its entry is canceled.
  await editAt("Interactions", 0, "Canceled", "FALSE");
  expect((await interactions())[0]?.canceled).toBe(true);
  expect(status("Interactions", 0)).toContain("Un-cancel the campaign entry first");
  // A canceled entry's delete takes its interactions: it waits for the person's yes in the pane.
  h.sim.userDeleteRows(entries, 1, 1);
  await h.settle();
  const asked = h.engine.getState().issues.find((i) => i.code === "CONFLICT_CASCADE");
  expect(asked?.message).toContain("Deleting campaign entry 1 also deletes its 3 interactions");
  expect(asked?.conflict?.takes).toBe("interactions");
  expect(await interactions()).toHaveLength(3);
  await h.engine.resolveConflict(asked!, { delete: true });
  await h.settle();
  expect(await h.store.loadRows("campaignEntry")).toEqual([]);
  expect(await interactions()).toEqual([]);
});

test("[IR7] a segment line whose template changes takes the new template's cost, duration and flags", async () => {
  await aSegment();
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  const sheet = "Segment SEG0001";
  await editAt(sheet, 0, "Interaction Template Code", "CALL");
  const line = (await h.store.loadRows("segmentLine")).find((l) => l.contactNo === "C01");
  expect(line).toMatchObject({
    cost: 0,
    duration: 15,
    campaignTarget: true,
    campaignNo: CP,
    interactionTemplateCode: "CALL",
  });
  expect(at(sheet, 0, "Duration (Min.)")).toBe(15);
});

test("[IR9] activation without prices asks first and errs only after yes; typed interactions with Campaign Target count", async () => {
  let asked = 0;
  const no = await h.engine.activateCampaign(CP, async () => (++asked, false));
  expect(asked).toBe(1);
  expect(no.committed).toBe(false);
  const yes = await h.engine.activateCampaign(CP, async () => (++asked, true));
  expect(asked).toBe(2);
  expect(yes.issues.map((i) => i.code)).toEqual(["NOTHING_TARGETED"]);
  // An interaction with Campaign Target is what activation finds (domain-rules §4 step 2).
  await h.engine.bind("interactionLogEntry");
  await h.settle();
  const c = (caption: string) => col("Interactions", caption).col;
  const cells = Array.from({ length: c("Opportunity No.") + 1 }, () => "");
  for (const [caption, value] of [
    ["Date", "2026-09-10"],
    ["Contact No.", "P02A"],
    ["Interaction Template Code", "CALL"],
    ["Campaign No.", CP],
    ["Campaign Target", "TRUE"],
    ["Salesperson Code", "JR"],
  ])
    cells[c(caption!)] = value!;
  h.sim.userEdit("Interactions", 1, 0, [cells]);
  await h.settle();
  const done = await h.engine.activateCampaign(CP, async () => true);
  expect(done).toMatchObject({ ok: true, committed: true });
  expect((await h.store.loadTargetGroups(CP)).map((r) => `${r.type} ${r.no}`)).toEqual(["Contact C02"]);
});

/** An interaction row for the Interactions sheet of `w` (a call by JR for CP). */
function callRow(w: Harness, date: string, contact: string): string[] {
  const c = (caption: string) => {
    for (let k = 0; k < 40; k++) if (w.sim.cell("Interactions", 0, k).value === caption) return k;
    throw new Error(caption);
  };
  const cells = Array.from({ length: c("Opportunity No.") + 1 }, () => "");
  cells[c("Date")] = date;
  cells[c("Contact No.")] = contact;
  cells[c("Interaction Template Code")] = "CALL";
  cells[c("Campaign No.")] = CP;
  cells[c("Salesperson Code")] = "JR";
  return cells;
}

test("[IR11] a copy returned with interactions numbered like the marketer's: the entry no. another row holds is a key conflict", async () => {
  await h.engine.bind("interactionLogEntry");
  await h.settle();
  const sales = await makeHarness("en", { file: h.sim.save(), url: "D:\\mail\\a.xlsx" });
  try {
    sales.sim.userEdit("Interactions", 1, 0, [
      callRow(sales, "2026-09-10", "C05"),
      callRow(sales, "2026-09-11", "C06"),
    ]);
    await sales.settle();
    h.sim.userEdit("Interactions", 1, 0, [callRow(h, "2026-09-12", "C07")]);
    await h.settle();
    expect((await interactions()).map((i) => [i.entryNo, i.contactNo])).toEqual([[1, "C07"]]);
    const returned = await mergeReturned(h, sales);
    try {
      const conflicts = returned.engine.getState().issues.filter((i) => i.code === "CONFLICT_KEY");
      // Interaction 1 (and the campaign entry 1 each copy made for the calls) is listed with a free number to take.
      expect(conflicts.some((c) => c.message.startsWith("1 was also given to another row"))).toBe(true);
      // The marketer's interaction 1 keeps its number; the sales person's second call (no. 2) is taken as it is.
      const merged = (await interactions()).map((i) => [i.entryNo, i.contactNo]);
      expect(merged).toContainEqual([1, "C07"]);
      expect(merged).toContainEqual([2, "C06"]);
      expect(merged).not.toContainEqual([1, "C05"]);
    } finally {
      await returned.dispose();
    }
  } finally {
    await sales.dispose();
  }
});

test("[IR4][IR10] a logged interaction keeps all but Canceled; canceling the logged segment cancels its entries and interactions", async () => {
  await aSegment();
  await h.engine.logSegment("SEG0001", { followUp: false });
  await h.settle();
  await editAt("Interactions", 0, "Cost (LCY)", "99");
  expect(at("Interactions", 0, "Cost (LCY)")).toBe(2);
  expect(status("Interactions", 0)).toContain("was logged with segment SEG0001");
  expect((await interactions())[0]?.cost).toBe(2);
  await editAt("Logged Segments", 0, "Canceled", "TRUE");
  expect((await h.store.loadRows("loggedSegment"))[0]?.canceled).toBe(true);
  expect((await h.store.loadRows("campaignEntry")).map((e) => e.canceled)).toEqual([true]);
  expect((await interactions()).map((i) => i.canceled)).toEqual([true, true, true]);
  expect(at("Campaign Entries", 0, "Canceled")).toBe(true);
});

test("[IR9] while a campaign is activated, removing a company's last segment line keeps its row when an interaction still targets it", async () => {
  await aSegment();
  await h.engine.activateCampaign(CP, async () => true);
  expect((await h.store.loadTargetGroups(CP)).map((r) => r.no).sort()).toEqual(["C01", "C02"]);
  await h.engine.bind("interactionLogEntry");
  await h.settle();
  const targeted = callRow(h, "2026-09-10", "C02");
  targeted[col("Interactions", "Campaign Target").col] = "TRUE";
  h.sim.userEdit("Interactions", 1, 0, [targeted]);
  await h.settle();
  await h.engine.removeContacts("SEG0001", "reduce", { no: "C02|C01|P01A" }, { entireCompanies: false });
  await h.settle();
  expect((await h.store.loadTargetGroups(CP)).map((r) => r.no)).toEqual(["C02"]);
});

/** A call with Campaign Target set (statistics count targeted interactions). */
function targetedCall(w: Harness, date: string, contact: string): string[] {
  const cells = callRow(w, date, contact);
  for (let k = 0; k < 40; k++) if (w.sim.cell("Interactions", 0, k).value === "Campaign Target") cells[k] = "TRUE";
  return cells;
}

/** The statistics sheet's chart: its contacted series' values by week. */
async function chartValues(w: Harness): Promise<string[]> {
  return w.sim.run(async (context) => {
    const chart = context.workbook.worksheets.getItem(`Statistics ${CP}`).charts.getItem(`CampaignDesk_${CP}`);
    const values = chart.series.getItemAt(1).getDimensionValues("Values"); // 0: all interactions, 1: contacted
    await context.sync();
    return values.value;
  });
}

test("[CS6][CS7] statistics from typed interactions; the sheet's chart follows this pane's commits, not a co-author's", async () => {
  await h.engine.bind("interactionLogEntry");
  await h.settle();
  h.sim.userEdit("Interactions", 1, 0, [targetedCall(h, "2026-09-07", "C01"), targetedCall(h, "2026-09-15", "C02")]);
  await h.settle();
  const stats = await h.engine.campaignStatistics(CP);
  expect(stats).toMatchObject({ targetContactsContacted: 2, contactsResponded: 0, duration: 30 });
  expect(stats.weeks.map((w) => [w.week, w.contacted])).toEqual([
    ["2026-09-07", 1],
    ["2026-09-14", 1],
  ]);
  expect((await h.engine.campaignStatistics(CP, { from: "2026-09-10" })).targetContactsContacted).toBe(1);
  await h.engine.writeStatisticsSheet(CP);
  expect(h.sim.sheetNames()).toContain(`Statistics ${CP}`);
  expect(await chartValues(h)).toEqual(["1", "1"]);
  // Another call typed here: the chart follows after the commit, without asking.
  h.sim.userEdit("Interactions", 3, 0, [targetedCall(h, "2026-09-16", "C03")]);
  await h.settle();
  expect(await chartValues(h)).toEqual(["1", "2"]);
  // A co-author's call is stored, but this pane does not rewrite the sheet for it (their pane does).
  h.sim.coauthorEdit("Interactions", 4, 0, [targetedCall(h, "2026-09-17", "C01")]);
  await h.settle();
  expect((await interactions()).length).toBe(4);
  expect(await chartValues(h)).toEqual(["1", "2"]);
});
