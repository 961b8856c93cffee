/**
 * SP42: a plan whose unit stores no rows (it only records what the sheet now shows, e.g. rows stored elsewhere and
 * appended to their sheet) commits while the sheet is written; a unit that stores rows commits before any write, so a
 * refused (stale) commit never leaves the sheet showing what the store does not hold.
 */
import { toStoredRow } from "../../src/sync";
import { aSalesperson } from "../builders/records";
import { harnessesPerTest } from "./engineHarness";

jest.setTimeout(30_000);

const harness = harnessesPerTest();
const log = { at: "", bindingId: "", entity: "salesperson" as const, origin: "test", puts: 0, deletes: 0, keys: [] };

async function twentyStoredSalespeople() {
  const steps: string[] = [];
  const h = await harness("en", { steps });
  const puts = Array.from({ length: 20 }, (_, i) =>
    toStoredRow(
      "salesperson",
      aSalesperson({ code: `S${String(i + 1).padStart(2, "0")}`, name: `P${i}` }),
      `sp${i}`,
      1,
    ),
  );
  await h.store.commit({ entity: "salesperson", puts, deletes: [], log });
  await h.settle();
  steps.length = 0;
  return { h, steps };
}

test("[SP42] rows stored elsewhere are appended to their new sheet while the commit of what it shows runs", async () => {
  const { h, steps } = await twentyStoredSalespeople();
  await h.engine.bind("salesperson");
  await h.settle();
  // The binding's own record in the workbook is written first; then the commit and the sheet's write overlap. Which of
  // the two ends first is up to timing, so the test checks that each began before the other ended.
  expect(steps.slice(0, 2)).toEqual(["write", "written"]);
  const rest = steps.slice(2);
  expect([...rest].sort()).toEqual(["commit", "committed", "write", "written"]);
  expect(rest.indexOf("commit")).toBeLessThan(rest.indexOf("written"));
  expect(rest.indexOf("write")).toBeLessThan(rest.indexOf("committed"));
  expect(h.cell("salesperson", 19, 0).value).toBe("S20");
  // What the sheet shows was recorded: checking it again stores and writes nothing.
  steps.length = 0;
  await h.engine.reconcileAll();
  await h.settle();
  expect(steps.filter((s) => s === "commit")).toEqual([]);
  expect((await h.store.loadRows("salesperson")).length).toBe(20);
  expect(h.engine.getState().issues).toEqual([]);
});

test("[SP42] rows typed on the sheet are stored before anything is written back", async () => {
  const { h, steps } = await twentyStoredSalespeople();
  await h.engine.bind("salesperson");
  await h.settle();
  steps.length = 0;
  await h.paste("salesperson", 20, [["NEW", "New person", "", "FALSE"]]);
  expect(steps.join(" ")).toMatch(/^commit committed write written/);
  expect((await h.store.loadRows("salesperson")).map((s) => s.code)).toContain("NEW");
});
