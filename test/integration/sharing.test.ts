/**
 * The workbook is the document (issue #10): a copy opened on a machine whose store has never seen it (another
 * browser profile, a cleared Office cache) gives the same campaign, segment, target group, number series and
 * prices; a store that lacks rows never blanks a sheet. Over the simulator: the "file" is `sim.save()`.
 */
import type { PriceCheckInput } from "../../src/domain";
import { DOCUMENT_KEY, openDocument } from "../../src/sync";
import type { StorageState } from "../../src/sync";
import { contactRows, PLAIN, segmentHeader } from "./segmentFixtures";
import { harnessesPerTest, pastePricingSetup } from "./engineHarness";
import type { Harness } from "./engineHarness";

const CP = "CP0003";
const harness = harnessesPerTest();

const header = segmentHeader(CP);
const check = (h: Harness, customerNo: string): ReturnType<Harness["engine"]["priceCheck"]> => {
  const input: PriceCheckInput = {
    customerNo,
    itemNo: "I0001",
    variantCode: "",
    unitOfMeasureCode: "PCS",
    quantity: 1,
    date: "2026-10-01",
    currencyCode: "",
  };
  return h.engine.priceCheck(input);
};

/** The marketer's workbook: setup, contacts, a customer, prices, a segment built from the pane, activated. */
async function marketer(): Promise<Harness> {
  const h = await harness();
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await h.paste("campaign", 0, [
    [CP, "Autumn", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
    ["", "Numbered from the series", "", "", "", ""],
  ]);
  await pastePricingSetup(h, 5);
  for (const [entity, rows] of [
    ["contact", contactRows()],
    ["customer", [["10000", "Alpha 01", "C01", "", "", ""]]],
    [
      "salesPrice",
      [
        ["All Customers", "", "I0001", "", "PCS", "", "0", "10"],
        ["Campaign", CP, "I0001", "", "PCS", "", "0", "7"],
      ],
    ],
  ] as const) {
    await h.engine.bind(entity);
    await h.settle();
    await h.paste(
      entity,
      0,
      rows.map((r) => [...r]),
    );
  }
  const saved = await h.engine.saveSegment(header, { isNew: true, applyToLines: false });
  expect(saved.ok).toBe(true);
  await h.engine.addContacts(saved.no, { no: "C01|C02|P03a" }, PLAIN);
  const activation = await h.engine.activateCampaign(CP, async () => true);
  expect(activation.committed).toBe(true);
  await h.settle();
  return h;
}

/** What a person (and the price check) sees of the campaign's state. */
async function answers(h: Harness) {
  const segments = (await h.store.loadRows("segmentHeader")).map(
    ({ rowId: _i, rowVersion: _v, rowHash: _h, ...s }) => s,
  );
  const lines = (await h.store.loadRows("segmentLine")).map((l) => `${l.segmentNo} ${l.lineNo} ${l.contactNo}`).sort();
  const targets = (await h.store.loadTargetGroups(CP)).map((r) => `${r.type} ${r.no}`).sort();
  const campaigns = (await h.store.loadRows("campaign")).map((c) => c.no).sort();
  const priced = await check(h, "10000");
  const other = await check(h, "NOBODY");
  return {
    segments,
    lines,
    targets,
    campaigns,
    series: (await h.store.getNumberSeries("CAMPAIGN"))?.lastNoUsed,
    price: [priced.unitPrice, priced.price.winner?.source],
    otherPrice: [other.unitPrice, other.price.winner?.source],
    flagged: h.engine.getState().issues.map((i) => `${i.code} ${i.message}`),
  };
}

test("[SH1] a copy opened on a store that has never seen it gives the same segment, target group, series and prices", async () => {
  const a = await marketer();
  const before = await answers(a);
  expect(before.targets.length).toBeGreaterThan(0);
  expect(before.price).toEqual([7, { kind: "campaign", code: CP }]);
  expect(before.series).toBe("CP0001");

  // The sales person: the same file, a new, empty store (another machine).
  const b = await harness("en", { file: a.sim.save() });
  expect(b.document.id).toBe(a.document.id);
  expect(await answers(b)).toEqual(before);
  // And the next campaign number is the one the marketer would get.
  await b.paste("campaign", 2, [["", "Next", "", "", "", ""]]);
  expect((await b.store.loadRows("campaign")).map((c) => c.no).sort()).toContain("CP0002");
});

test("[SH2] the workbook carries its own state in tables on very hidden sheets, and its id in settings", async () => {
  const a = await marketer();
  const hidden = a.sim
    .sheetVisibilities()
    .filter((s) => s.visibility === "VeryHidden")
    .map((s) => s.name)
    .sort();
  expect(hidden).toEqual([
    "CampaignDesk Activations",
    "CampaignDesk Bindings",
    "CampaignDesk Number Series",
    "CampaignDesk Segments",
  ]);
  for (const name of hidden) expect(a.sim.sheetNames()).not.toContain(name);
  const settings = a.sim.save().settings;
  expect(JSON.parse(settings[DOCUMENT_KEY] ?? "{}")).toEqual({
    id: a.document.id,
    format: 1,
    instance: expect.any(String),
  });
  // The binding list is no longer a setting (last writer wins there): it is a table.
  expect(settings["campaignDesk.bindings"]).toBeUndefined();
});

test("[SH3] a store that knows the bindings but lacks the rows never blanks a sheet: it takes the rows back", async () => {
  const a = await harness();
  await a.bindAll();
  const rows = Array.from({ length: 50 }, (_, i) => [`P${i}`, `Person ${i}`, "", "FALSE"]);
  await a.paste("salesperson", 0, rows);
  const bindings = await a.store.listBindings();
  expect(Object.keys(bindings.find((b) => b.entity === "salesperson")?.seen ?? {})).toHaveLength(50);

  // A second store on the same workbook holds the binding records (and what they saw) but no rows.
  const b = await harness("en", { file: a.sim.save() });
  await b.engine.dispose();
  for (const binding of bindings) await b.store.putBinding(binding);
  const c = await harness("en", { file: a.sim.save(), dbName: b.dbName });
  const sheet = c.sheetOf("salesperson");
  expect(c.sim.cell(sheet, 50, 0).value).toBe("P49");
  expect(await c.store.countRows("salesperson")).toBe(50);
});

test("[SH4] a store rebuilt from the workbook reports its progress table by table", async () => {
  const a = await marketer();
  const seen: string[] = [];
  const b = await makeHarnessWatching(a, (s) => seen.push(`${s.phase} ${s.done}/${s.total}`));
  const total = b.engine.getState().bindings.length;
  const rebuilding = seen.filter((s) => s.startsWith("rebuilding"));
  expect(rebuilding).toEqual(Array.from({ length: total + 1 }, (_, i) => `rebuilding ${i}/${total}`));
  expect(seen.at(-1)).toBe(`ready ${total}/${total}`);
  expect(b.engine.getState().storage.cancelled).toBe(false);
});

test("[SH4] Cancel stops a rebuild between tables; the rest is read at the next reconcile, nothing lost", async () => {
  const a = await marketer();
  let engine: Harness["engine"] | null = null;
  const b = await harness("en", {
    file: a.sim.save(),
    onEngine: (e) => {
      engine = e;
      e.subscribe((s) => {
        if (s.storage.phase === "rebuilding" && s.storage.done === 2) engine?.cancel();
      });
    },
  });
  const storage = b.engine.getState().storage;
  expect(storage).toMatchObject({ phase: "ready", cancelled: true });
  expect(storage.done).toBeLessThan(storage.total);
  await b.engine.reconcileAll();
  await b.settle();
  expect(await answers(b)).toEqual(await answers(a));
});

test("[SH5] a second copy of the same workbook on a store that knows it is not rebuilt, only reconciled", async () => {
  const a = await marketer();
  const b = await harness("en", { file: a.sim.save(), dbName: a.dbName });
  expect(b.engine.getState().storage).toMatchObject({ phase: "ready", done: 0, total: 0 });
  expect(await answers(b)).toEqual(await answers(a));
});

test("[SH6] an older workbook's bindings (in settings) move into the binding table on open", async () => {
  const a = await harness();
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  const file = a.sim.save();
  // As an older version left it: the list in settings, no binding table.
  const legacy = a.engine.getState().bindings.map((b) => ({
    id: b.id,
    entity: b.entity,
    tableName: b.tableName,
    sheetName: b.sheetName,
    schemaVersion: 1,
  }));
  const older = {
    ...file,
    sheets: file.sheets.filter((s) => (s as { name: string }).name !== "CampaignDesk Bindings"),
    tables: file.tables.filter((t) => (t as { name: string }).name !== "CampaignDeskBindings"),
    settings: { ...file.settings, "campaignDesk.bindings": JSON.stringify({ version: 1, bindings: legacy }) },
  };
  const b = await harness("en", { file: older });
  expect(
    b.engine
      .getState()
      .bindings.map((v) => v.entity)
      .sort(),
  ).toEqual(legacy.map((l) => l.entity).sort());
  expect(b.sim.sheetVisibilities().some((s) => s.name === "CampaignDesk Bindings")).toBe(true);
  expect(await b.store.countRows("campaignStatus")).toBe(1);
});

test("[SH7] one store per document: a new workbook gets its own id (written with its first binding) and database", async () => {
  const a = await harness();
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  const ofA = await openDocument(a.workbook, () => "unused");
  expect(ofA).toEqual({ document: { id: a.document.id, stored: true }, dbName: `campaign-desk-${a.document.id}` });

  // Another workbook, never bound: a provisional id, not yet in the file, and a database of its own.
  const w = await harness();
  expect(w.document.stored).toBe(false);
  const ofW = await openDocument(w.workbook, () => w.document.id);
  expect(ofW.dbName).not.toBe(ofA.dbName);
  expect(w.sim.save().settings[DOCUMENT_KEY]).toBeUndefined();
  await w.engine.bind("campaignStatus");
  await w.settle();
  // Its first binding writes the id; reopened, the workbook names the same database.
  expect(await openDocument(w.workbook, () => "other")).toEqual({
    document: { id: w.document.id, stored: true },
    dbName: ofW.dbName,
  });
  // Nothing of workbook A reached it.
  expect(w.sim.cell(w.sheetOf("campaignStatus"), 1, 0).value).toBe("");
});

/** Opens a copy of `a` on a new store, recording each new storage state from before the engine starts. */
async function makeHarnessWatching(a: Harness, onStorage: (s: StorageState) => void): Promise<Harness> {
  let last = "";
  return harness("en", {
    file: a.sim.save(),
    onEngine: (engine) =>
      void engine.subscribe((s) => {
        const key = JSON.stringify(s.storage);
        if (key !== last) onStorage(s.storage);
        last = key;
      }),
  });
}
