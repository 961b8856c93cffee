/**
 * Drop-down lists drawn from setup tables through defined names (issue #9, item 4), checked with what the simulated
 * Excel's list would offer (`sim.listValuesAt`, test/contracts/excelNames.test.ts).
 */
import { makeHarness, type Harness } from "./engineHarness";

const harnesses: Harness[] = [];
async function open(...args: Parameters<typeof makeHarness>): Promise<Harness> {
  const h = await makeHarness(...args);
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});

/** Column of a header caption on a sheet's first row. */
function column(h: Harness, sheet: string, caption: string): number {
  for (let c = 0; c < 30; c++) if (h.sim.cell(sheet, 0, c).value === caption) return c;
  throw new Error(`no column ${caption} on ${sheet}`);
}

test("[XL10] a workbook bound in English and opened in a Danish Excel: a new sheet's list still offers the codes", async () => {
  const en = await open("en");
  await en.engine.bind("salesperson");
  await en.settle();
  await en.paste("salesperson", 0, [
    ["JR", "Jim", "", "FALSE"],
    ["HR", "Helen", "", "FALSE"],
  ]);
  const da = await open("da", { file: en.sim.save() });
  await da.engine.bind("campaign");
  await da.settle();
  const sheet = da.sheetOf("campaign");
  expect(da.sim.listValuesAt(sheet, 1, column(da, sheet, "Sælgerkode"))).toEqual(["JR", "HR"]);
});

test("[XL10] a source header with a period (No.) is referred to in double brackets", async () => {
  const h = await open("en");
  await h.engine.bind("item");
  await h.settle();
  await h.paste("item", 0, [
    ["1000", "Bike"],
    ["1001", "Lamp"],
  ]);
  await h.engine.bind("itemUnitOfMeasure");
  await h.settle();
  const sheet = h.sheetOf("itemUnitOfMeasure");
  expect(h.sim.listValuesAt(sheet, 1, column(h, sheet, "Item No."))).toEqual(["1000", "1001"]);
});

test("[XL10] a list whose source table is bound later offers nothing at first, then the source's codes", async () => {
  const h = await open("en");
  await h.engine.bind("itemUnitOfMeasure");
  await h.settle();
  const sheet = h.sheetOf("itemUnitOfMeasure");
  const col = column(h, sheet, "Item No.");
  const before = h.sim.listValuesAt(sheet, 1, col);
  await h.engine.bind("item");
  await h.settle();
  await h.paste("item", 0, [["1000", "Bike"]]);
  expect({ before, after: h.sim.listValuesAt(sheet, 1, col) }).toEqual({ before: "#REF!", after: ["1000"] });
});

test("[XL10] when the source's header caption changes, the name follows it", async () => {
  const h = await open("en");
  await h.engine.bind("item");
  await h.engine.bind("itemUnitOfMeasure");
  await h.settle();
  await h.paste("item", 0, [["1000", "Bike"]]);
  h.sim.userEdit(h.sheetOf("item"), 0, 0, [["Nr."]]); // the Danish caption: still the item no. column
  await h.settle();
  const sheet = h.sheetOf("itemUnitOfMeasure");
  expect(h.sim.listValuesAt(sheet, 1, column(h, sheet, "Item No."))).toEqual(["1000"]);
  const names = h.sim.save().names ?? [];
  expect(names.find((n) => n.name === "CampaignDesk.ItemTable.no")?.formula).toBe("=ItemTable[[Nr.]]");
});
