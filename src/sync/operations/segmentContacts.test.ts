/**
 * Add Contacts, Reduce, Refine and deleting a segment through runOperation, over Dexie on fake-indexeddb:
 * what each adds or removes, what it skips and why, refusals, and the activated campaign's target group kept
 * right in the same unit of work.
 */
import type { AddContactsOptions, CampaignTargetGroup, ContactCriteria } from "../../domain";
import type { SyncStore } from "../../store";
import { toStoredRow } from "../entities";
import type { OpRequest, ResultOf } from "./operationTypes";
import { PriceIndexCache } from "./priceCheck";
import { runOperation } from "./runOperation";
import type { OperationOutcome } from "./runOperation";
import {
  campaignRecord,
  commitRows,
  contactRecord,
  counterIds,
  CTX,
  customerRecord,
  openSyncStore,
  segmentHeaderRecord,
} from "../../../test/builders/syncRecords";

let store: SyncStore;
let newId: () => string;
afterEach(() => store.close());

beforeEach(async () => {
  store = await openSyncStore("segment-contacts");
  newId = counterIds("line");
  await commitRows(store, "campaign", [toStoredRow("campaign", campaignRecord("CP0003"), "c3", 1)]);
  const contacts = [
    contactRecord("C01", "Company", "C01", { postCode: "1001" }),
    contactRecord("P01A", "Person", "C01", { postCode: "1001" }),
    contactRecord("C02", "Company", "C02", { postCode: "1002" }),
    contactRecord("P02A", "Person", "C02", { postCode: "1002" }),
    contactRecord("C09", "Company", "C09", { postCode: "1009", excludeFromSegment: true }),
    contactRecord("P09A", "Person", "C09", { postCode: "1009" }),
  ];
  await commitRows(
    store,
    "contact",
    contacts.map((c) => toStoredRow("contact", c, c.no, 1)),
  );
  await commitRows(store, "customer", [toStoredRow("customer", customerRecord("10000", "C01"), "k1", 1)]);
  const header = { description: "Autumn", campaignNo: "CP0003", campaignTarget: true, unitCost: 2.5 };
  await commitRows(store, "segmentHeader", [
    toStoredRow("segmentHeader", segmentHeaderRecord("SEG0001", header), "h1", 1),
    toStoredRow("segmentHeader", segmentHeaderRecord("SEG0002", header), "h2", 1),
  ]);
});

const PLAIN: AddContactsOptions = {
  allowExisting: false,
  expandCompanies: false,
  allowRelatedCompanies: false,
  ignoreExclusion: false,
};

const run = (request: OpRequest) => runOperation(store, request, CTX, { newId, prices: new PriceIndexCache() });
const add = (segmentNo: string, criteria: ContactCriteria, options: Partial<AddContactsOptions> = {}) =>
  run({ kind: "addContacts", segmentNo, criteria, options: { ...PLAIN, ...options } });
const remove = (mode: "reduce" | "refine", segmentNo: string, criteria: ContactCriteria, entireCompanies = false) =>
  run({ kind: "removeContacts", mode, segmentNo, criteria, options: { entireCompanies } });
const deleteSegment = (segmentNo: string) => run({ kind: "deleteSegment", segmentNo });

function resultOf(o: OperationOutcome): ResultOf<"addContacts"> {
  const { kind } = o.outcome;
  if (kind !== "addContacts" && kind !== "removeContacts" && kind !== "deleteSegment") throw new Error(kind);
  return o.outcome.result;
}
async function committed(o: OperationOutcome | Promise<OperationOutcome>) {
  const done = await o;
  if (done.unit) await store.commit(done.unit);
  return done;
}
/** Contact nos. of a segment's stored lines, sorted (the store returns contacts, so new lines, in key order). */
const lines = async (segmentNo = "SEG0001") =>
  (await store.loadRows("segmentLine"))
    .filter((l) => l.segmentNo === segmentNo)
    .map((l) => l.contactNo)
    .sort();
const tg = (type: CampaignTargetGroup["type"], no: string): CampaignTargetGroup => ({ type, no, campaignNo: "CP0003" });
const sortedRows = (rows: readonly CampaignTargetGroup[] = []) => rows.map((g) => `${g.type} ${g.no}`).sort();
const activate = () =>
  commitRows(store, "campaign", [], { targetGroups: { puts: [tg("Contact", "C99")], deletes: [] } });

describe("Add Contacts", () => {
  test("one line per matching contact, with the header's defaults; an excluded contact is skipped and counted", async () => {
    const done = await add("SEG0001", { type: "Company" });
    expect(resultOf(done)).toEqual({
      ok: true,
      issues: [],
      added: 2,
      removed: 0,
      skippedExcluded: 1,
      skippedExisting: 0,
    });
    expect(done.hold).toBe(false);
    expect(done.outcome.changes).toEqual(["segmentLine"]);
    expect(done.unit).toMatchObject({
      entity: "segmentLine",
      deletes: [],
      log: { origin: "addContacts", keys: ["SEG0001"], puts: 2, deletes: 0 },
    });
    expect(done.unit?.puts).toEqual([
      expect.objectContaining({ rowId: "line1", rowVersion: 1, segmentNo: "SEG0001", lineNo: 10000, contactNo: "C01" }),
      expect.objectContaining({ rowId: "line2", rowVersion: 1, segmentNo: "SEG0001", lineNo: 20000, contactNo: "C02" }),
    ]);
    expect(done.unit?.puts[0]).toMatchObject({
      contactCompanyNo: "C01",
      campaignNo: "CP0003",
      campaignTarget: true,
      cost: 2.5,
      description: "Autumn",
    });
    expect(done.unit?.targetGroups).toBeUndefined(); // the campaign is not activated
  });

  test("contacts already on the segment are skipped; nothing new means no unit", async () => {
    await committed(add("SEG0001", { type: "Company" }));
    const again = await add("SEG0001", { type: "Company" });
    expect(resultOf(again)).toMatchObject({ ok: true, added: 0, skippedExisting: 2, skippedExcluded: 1 });
    expect(again.unit).toBeNull();
    expect(again.outcome.changes).toEqual([]);
  });

  test("with 'allow existing' they are added again, numbered after the last line", async () => {
    await committed(add("SEG0001", { no: "C01|C02" }));
    const again = await add("SEG0001", { no: "C01" }, { allowExisting: true });
    expect(again.unit?.puts.map((l) => (l as { lineNo: number }).lineNo)).toEqual([30000]);
  });

  test("'expand companies' adds each matching company's persons; exclusion is judged per contact", async () => {
    const expanded = await committed(add("SEG0001", { no: "C02|C09" }, { expandCompanies: true }));
    expect(resultOf(expanded)).toMatchObject({ added: 3, skippedExcluded: 1 });
    expect(await lines()).toEqual(["C02", "P02A", "P09A"]);
    const forced = await add("SEG0001", { no: "C09" }, { ignoreExclusion: true });
    expect(resultOf(forced)).toMatchObject({ added: 1, skippedExcluded: 0 });
  });

  test("'allow related companies' adds the company of each matching person", async () => {
    await committed(add("SEG0001", { no: "P01A" }, { allowRelatedCompanies: true }));
    expect(await lines()).toEqual(["C01", "P01A"]);
  });

  test("the segment no. is normalised; an unknown segment is refused with UNKNOWN_SEGMENT", async () => {
    expect(resultOf(await add("seg0001", { no: "C01" })).added).toBe(1);
    const unknown = await add("SEG0404", { no: "C01" });
    expect(unknown.unit).toBeNull();
    expect(resultOf(unknown)).toMatchObject({ ok: false, added: 0 });
    expect(resultOf(unknown).issues.map((i) => [i.code, i.params])).toEqual([["UNKNOWN_SEGMENT", { code: "SEG0404" }]]);
  });

  test("a filter that does not parse is FILTER_SYNTAX on its field, and nothing is added", async () => {
    const bad = await add("SEG0001", { postCode: "1..2..3" });
    expect(bad.unit).toBeNull();
    expect(resultOf(bad).ok).toBe(false);
    expect(resultOf(bad).issues.map((i) => [i.field, i.code])).toEqual([["postCode", "FILTER_SYNTAX"]]);
  });

  test("a filter over a range selects by it", async () => {
    await committed(add("SEG0001", { postCode: "1001..1002" }));
    expect(await lines()).toEqual(["C01", "C02", "P01A", "P02A"]);
  });
});

describe("Reduce and Refine", () => {
  beforeEach(async () => {
    await committed(add("SEG0001", { no: "C01|P01A|C02" }));
    await committed(add("SEG0002", { no: "C01" }));
  });

  test("Reduce removes the segment's lines whose contact matches; other segments keep theirs", async () => {
    const done = await remove("reduce", "SEG0001", { no: "C01" });
    expect(resultOf(done)).toMatchObject({ ok: true, removed: 1, added: 0 });
    expect(done.unit?.puts).toEqual([]);
    expect(done.unit?.log).toMatchObject({ origin: "reduce", deletes: 1, keys: ["SEG0001"] });
    await store.commit(done.unit!);
    expect(await lines()).toEqual(["C02", "P01A"]);
    expect(await lines("SEG0002")).toEqual(["C01"]);
  });

  test("Refine removes the lines whose contact does not match", async () => {
    const done = await committed(remove("refine", "SEG0001", { type: "Company" }));
    expect(resultOf(done).removed).toBe(1);
    expect(done.unit?.log.origin).toBe("refine");
    expect(await lines()).toEqual(["C01", "C02"]);
  });

  test("with 'entire companies' a match on one contact removes its whole company", async () => {
    await committed(remove("reduce", "SEG0001", { no: "P01A" }, true));
    expect(await lines()).toEqual(["C02"]);
  });

  test("nothing matching means nothing removed and no unit", async () => {
    const done = await remove("reduce", "SEG0001", { no: "C09" });
    expect(resultOf(done)).toMatchObject({ ok: true, removed: 0 });
    expect(done.unit).toBeNull();
  });
});

describe("an activated campaign's target group", () => {
  test("added lines add their companies (as the linked customer); removing a company's last line removes it", async () => {
    await activate();
    const added = await committed(add("SEG0001", { no: "P01A|C02|P02A" }));
    expect(added.unit?.targetGroups?.deletes).toEqual([]);
    expect(sortedRows(added.unit?.targetGroups?.puts)).toEqual(["Contact C02", "Customer 10000"]);
    const first = await committed(remove("reduce", "SEG0001", { no: "C02" }));
    expect(first.unit?.targetGroups).toBeUndefined(); // P02A still refers to C02
    const last = await committed(remove("reduce", "SEG0001", { no: "P02A" }));
    expect(last.unit?.targetGroups).toEqual({ puts: [], deletes: [tg("Contact", "C02")] });
    expect(sortedRows(await store.loadTargetGroups("CP0003"))).toEqual(["Contact C99", "Customer 10000"]);
  });
});

describe("deleting a segment", () => {
  test("its header and lines go; the activated campaign loses only the companies no other segment targets", async () => {
    await activate();
    await committed(add("SEG0001", { no: "C01|C02" }));
    await committed(add("SEG0002", { no: "C02" }));
    const done = await deleteSegment("SEG0001");
    expect(resultOf(done)).toEqual({
      ok: true,
      issues: [],
      added: 0,
      removed: 2,
      skippedExcluded: 0,
      skippedExisting: 0,
    });
    expect(done.unit?.entity).toBe("segmentHeader");
    expect(done.unit?.deletes).toEqual(["SEG0001"]);
    expect(done.unit?.cascade?.[0]).toEqual({ entity: "segmentLine", puts: [], deletes: ["line1", "line2"] });
    expect(done.unit?.targetGroups).toEqual({ puts: [], deletes: [tg("Customer", "10000")] });
    expect(done.unit?.log).toMatchObject({ origin: "deleteSegment", deletes: 2, keys: ["SEG0001"] });
    expect(done.outcome.changes).toEqual(["segmentHeader", "segmentLine"]);
    await store.commit(done.unit!);
    expect((await store.loadRows("segmentHeader")).map((s) => s.no)).toEqual(["SEG0002"]);
    expect(await lines()).toEqual([]);
    expect(await lines("SEG0002")).toEqual(["C02"]);
  });

  test("a segment without lines still loses its header", async () => {
    const done = await deleteSegment("seg0002");
    expect(resultOf(done)).toMatchObject({ ok: true, removed: 0 });
    expect(done.unit?.deletes).toEqual(["SEG0002"]);
    expect(done.unit?.cascade).toBeUndefined();
    expect(done.unit?.targetGroups).toBeUndefined();
  });

  test("an unknown segment is UNKNOWN_SEGMENT", async () => {
    const done = await deleteSegment("SEG0404");
    expect(done.unit).toBeNull();
    expect(resultOf(done).issues.map((i) => i.code)).toEqual(["UNKNOWN_SEGMENT"]);
  });
});
