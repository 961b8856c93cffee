/**
 * Engine scenarios for issue "Segments, contacts and activation": a segment built by criteria, its sheet
 * (contact nos., e-mails and names pasted as lines with the header's defaults), activation and the price
 * check that follows it, upkeep of the target group while active, contact → customer conversion.
 */
import type { SegmentHeader } from "../../src/domain";
import { contactRows, PLAIN, segmentHeader } from "./segmentFixtures";
import { byCaption, makeHarness, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";

// The whole engine over the sim and Dexie, set up anew per test (a dozen sheets bound and filled): on a loaded
// 2-core machine that passes jest's 5 s default, so these scenarios get 30 s (a limit, never an assertion on time).
jest.setTimeout(30_000);

const CP = "CP0003";
let h: Harness;

const { col, at } = byCaption(() => h);
/** Paste rows into a table body from body row `row`. */
const pasteAt = (sheet: string, row: number, rows: string[][]) =>
  h.sim.userEdit(sheet, col(sheet, "Contact No.").row + 1 + row, 0, rows);
const header = (over: Partial<SegmentHeader> = {}) => segmentHeader(CP, over);
const targets = async () => (await h.store.loadTargetGroups(CP)).map((r) => `${r.type} ${r.no}`).sort();
const check = (customerNo: string, date = "2026-10-01") =>
  h.engine.priceCheck({
    customerNo,
    itemNo: "I0001",
    variantCode: "",
    unitOfMeasureCode: "PCS",
    quantity: 1,
    date,
    currencyCode: "",
  });

beforeEach(async () => {
  h = await makeHarness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await h.paste("campaign", 0, [[CP, "Autumn", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await pastePricingSetup(h, 20);
  await h.engine.bind("contact");
  await h.settle();
  await h.paste("contact", 0, contactRows());
  await h.engine.bind("customer");
  await h.settle();
  await h.paste("customer", 0, [["10000", "Alpha 01", "C01", "", "", ""]]);
  // A price for all customers, and a lower one for the campaign.
  await h.engine.bind("salesPrice");
  await h.settle();
  await h.paste("salesPrice", 0, [
    ["All Customers", "", "I0001", "", "PCS", "", "0", "10"],
    ["Campaign", CP, "I0001", "", "PCS", "", "0", "7"],
  ]);
});
afterEach(() => h.dispose());

test("[S1] a new segment is numbered from series SEGMENT and stored", async () => {
  const saved = await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  expect(saved).toMatchObject({ ok: true, no: "SEG0001", issues: [] });
  expect((await h.store.loadRows("segmentHeader")).map((s) => s.no)).toEqual(["SEG0001"]);
});

test("[S2] add contacts by criteria: companies by name filter, persons expanded, the excluded one skipped", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  const result = await h.engine.addContacts(
    "SEG0001",
    { type: "Company", postCode: "1001..1009" },
    { allowExisting: false, expandCompanies: true, allowRelatedCompanies: false, ignoreExclusion: false },
  );
  // C01–C09 match; C09 is excluded (its persons are not: exclusion is per contact).
  expect(result.ok).toBe(true);
  expect(result.skippedExcluded).toBe(1);
  const lines = await h.store.loadRows("segmentLine");
  expect(lines).toHaveLength(result.added);
  expect(lines.some((l) => l.contactNo === "C09")).toBe(false);
  expect(lines.find((l) => l.contactNo === "P01A")).toMatchObject({
    contactCompanyNo: "C01",
    campaignNo: CP,
    campaignTarget: true,
    salespersonCode: "JR",
    cost: 2.5,
    date: "2026-09-01",
  });
  const again = await h.engine.addContacts(
    "SEG0001",
    { type: "Company", postCode: "1001..1009" },
    {
      allowExisting: false,
      expandCompanies: true,
      allowRelatedCompanies: false,
      ignoreExclusion: false,
    },
  );
  expect(again.added).toBe(0);
  const reduced = await h.engine.removeContacts("SEG0001", "reduce", { type: "Person" }, { entireCompanies: false });
  expect(reduced.removed).toBe(lines.filter((l) => l.contactNo.startsWith("P")).length);
  const bad = await h.engine.addContacts("SEG0001", { postCode: "1..2..3" }, PLAIN);
  expect(bad.ok).toBe(false);
  expect(bad.issues[0]?.code).toBe("FILTER_SYNTAX");
});

test("[S3] the segment sheet shows its lines; pasted nos., e-mails and names become lines with the header's defaults", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C01" }, PLAIN);
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  const sheet = "Segment SEG0001";
  expect(at(sheet, 0, "Contact No.")).toBe("C01");
  // The header the pane edits is shown above the table.
  expect([h.sim.cell(sheet, 0, 0).value, h.sim.cell(sheet, 0, 1).value]).toEqual([
    "Segment",
    "SEG0001 – Autumn mailing",
  ]);
  expect(h.sim.cell(sheet, 1, 1).value).toBe(`${CP} · campaign target`);
  pasteAt(sheet, 1, [["p02a"], ["info03@ALPHA.example"], ["Person 04b"], ["nobody@nowhere"]]);
  await h.settle();
  const lines = (await h.store.loadRows("segmentLine")).sort((a, b) => a.lineNo - b.lineNo);
  expect(lines.map((l) => [l.contactNo, l.contactCompanyNo, l.lineNo])).toEqual([
    ["C01", "C01", 10000],
    ["P02A", "C02", 20000],
    ["C03", "C03", 30000],
    ["P04B", "C04", 40000],
  ]);
  expect(lines[1]).toMatchObject({ campaignNo: CP, campaignTarget: true, salespersonCode: "JR", cost: 2.5 });
  expect(at(sheet, 2, "Contact No.")).toBe("C03");
  const issue = h.engine.getState().issues.find((i) => i.code === "UNKNOWN_CONTACT_REFERENCE");
  expect(issue?.rowIndex).toBe(4);
});

test("[S4] activation puts the targeted companies in the target group; the price check then finds the campaign price", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "P01a|C02" }, PLAIN);
  expect((await check("10000")).unitPrice).toBe(10);
  const confirm = jest.fn(async () => true);
  const activated = await h.engine.activateCampaign(CP, confirm);
  expect(activated).toMatchObject({ ok: true, committed: true, adds: 2 });
  expect(confirm).not.toHaveBeenCalled(); // the campaign has a price
  // P01a's company C01 is customer 10000; C02 has no customer.
  expect(await targets()).toEqual(["Contact C02", "Customer 10000"]);
  const result = await check("10000");
  expect(result.unitPrice).toBe(7);
  expect(result.price.winner?.source).toEqual({ kind: "campaign", code: CP });
  // Outside the campaign's window the campaign price does not count.
  expect((await check("10000", "2026-12-01")).unitPrice).toBe(10);
  const off = await h.engine.deactivateCampaign(CP);
  expect(off.removed).toBe(2);
  expect((await check("10000")).unitPrice).toBe(10);
});

test("[PN6] the price check says why a customer misses the campaign: not activated, or not in its target group", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "P01a" }, PLAIN);
  // P01a's company C01 is customer 10000, in a campaign-target segment of CP0003 that is not activated yet.
  expect((await check("10000")).misses?.map((m) => [m.campaignNo, m.kind, m.code])).toEqual([
    [CP, "price", "MISS_NOT_ACTIVATED"],
  ]);
  await h.engine.activateCampaign(CP, async () => true);
  expect((await check("10000")).misses).toEqual([]);
  // Customer 20000 has no company contact yet, so it cannot be targeted: the check says so.
  expect((await check("20000")).misses).toMatchObject([
    { campaignNo: CP, kind: "price", value: 7, code: "MISS_NO_CONTACT", params: { customer: "20000" } },
  ]);
});

test("[S5] nothing targeted is an error; no prices asks first and a No stores nothing", async () => {
  await h.engine.saveSegment(header({ campaignTarget: false }), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C01" }, PLAIN);
  const none = await h.engine.activateCampaign(CP, async () => true);
  expect(none).toMatchObject({ ok: false, committed: false });
  expect(none.issues[0]?.code).toBe("NOTHING_TARGETED");
  await h.paste("campaign", 1, [["CP0009", "Bare", "2026-01-01", "2026-12-31", "", ""]]);
  await h.engine.saveSegment(header({ campaignNo: "CP0009" }), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0002", { no: "C05" }, PLAIN);
  const refused = await h.engine.activateCampaign("CP0009", async () => false);
  expect(refused).toMatchObject({ ok: true, needsConfirmation: true, committed: false });
  expect(await h.store.loadTargetGroups("CP0009")).toEqual([]);
});

test("[S6] while active: a new targeted line adds its company; removing its last line removes it", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C02" }, PLAIN);
  await h.engine.activateCampaign(CP, async () => true);
  expect(await targets()).toEqual(["Contact C02"]);
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  const sheet = "Segment SEG0001";
  pasteAt(sheet, 1, [["P03a"], ["P03b"]]);
  await h.settle();
  expect(await targets()).toEqual(["Contact C02", "Contact C03"]);
  const firstBody = col(sheet, "Contact No.").row + 1;
  h.sim.userDeleteRows(sheet, firstBody + 1, 1); // P03a goes; P03b still refers to C03
  await h.settle();
  expect(await targets()).toEqual(["Contact C02", "Contact C03"]);
  h.sim.userDeleteRows(sheet, firstBody + 1, 1);
  await h.settle();
  expect(await targets()).toEqual(["Contact C02"]);
});

test("[S7] a customer created for a company contact takes over its target-group rows", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C02" }, PLAIN);
  await h.engine.activateCampaign(CP, async () => true);
  await h.paste("customer", 1, [["20000", "Alpha 02", "C02", "", "", ""]]);
  expect(await targets()).toEqual(["Customer 20000"]);
  expect((await check("20000")).unitPrice).toBe(7);
});

test("[S8] a header change reaches every line of the segment when confirmed", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C01|C02" }, PLAIN);
  const [segment] = await h.store.loadRows("segmentHeader");
  const changed = { ...segment!, description: "Autumn mailing 2", unitCost: 4 };
  const preview = await h.engine.previewSegment(changed);
  expect(preview.lineCount).toBe(2);
  expect(preview.changedFields.sort()).toEqual(["description", "unitCost"]);
  await h.engine.saveSegment(changed, { isNew: false, applyToLines: false });
  expect((await h.store.loadRows("segmentLine")).map((l) => l.cost)).toEqual([2.5, 2.5]);
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  await h.engine.saveSegment({ ...changed, unitCost: 5 }, { isNew: false, applyToLines: true });
  await h.settle();
  expect((await h.store.loadRows("segmentLine")).map((l) => l.cost)).toEqual([5, 5]);
  // The sheet's header lines and its rows follow.
  expect(h.sim.cell("Segment SEG0001", 0, 1).value).toBe("SEG0001 – Autumn mailing 2");
  expect([at("Segment SEG0001", 0, "Cost (LCY)"), at("Segment SEG0001", 1, "Cost (LCY)")]).toEqual([5, 5]);
});

test("[S9] deleting a segment deletes its lines; an activated campaign loses the companies only it targeted", async () => {
  await h.engine.saveSegment(header(), { isNew: true, applyToLines: false });
  await h.engine.saveSegment(header({ description: "Second" }), { isNew: true, applyToLines: false });
  await h.engine.addContacts("SEG0001", { no: "C02|C03" }, PLAIN);
  await h.engine.addContacts("SEG0002", { no: "C03" }, PLAIN);
  await h.engine.activateCampaign(CP, async () => true);
  expect(await targets()).toEqual(["Contact C02", "Contact C03"]);
  await h.engine.bind("segmentLine", { segmentNo: "SEG0001" });
  await h.settle();
  const result = await h.engine.deleteSegment("SEG0001");
  await h.settle();
  expect(result).toMatchObject({ ok: true, removed: 2 });
  expect((await h.store.loadRows("segmentHeader")).map((s) => s.no)).toEqual(["SEG0002"]);
  expect((await h.store.loadRows("segmentLine")).map((l) => [l.segmentNo, l.contactNo])).toEqual([["SEG0002", "C03"]]);
  expect(await targets()).toEqual(["Contact C03"]);
  expect([at("Segment SEG0001", 0, "Contact No."), at("Segment SEG0001", 1, "Contact No.")]).toEqual(["", ""]);
  expect((await h.engine.deleteSegment("SEG0001")).issues[0]?.code).toBe("UNKNOWN_SEGMENT");
});
