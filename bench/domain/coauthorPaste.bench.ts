/**
 * coauthor-remote-paste-10k (issue #11): two co-authors on one workbook, each with their pane open; B pastes 10,000
 * campaign discount lines. A's pane stores them (heard Remote) but writes nothing back: the number that counts is A's
 * write syncs, target 0. `ms` is A's time from the paste to idle (its store holding every line), for information.
 */
import { campaignDiscountLines } from "../../dev/host/pricingFixture";
import { makeHarness, pastePricingSetup } from "../../test/integration/engineHarness";
import type { Harness } from "../../test/integration/engineHarness";
import { round } from "./benchKit";

const LINES = 10000;
const CAMPAIGN = "CP0003";

async function workbookWithCatalogue(): Promise<Harness> {
  const a = await makeHarness();
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await a.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await a.paste("campaign", 0, [[CAMPAIGN, "Autumn", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await pastePricingSetup(a);
  await a.engine.bind("salesLineDiscount", { campaignNo: CAMPAIGN });
  await a.settle();
  return a;
}

test("coauthor-remote-paste-10k", async () => {
  const a = await workbookWithCatalogue();
  const b = await makeHarness("en", { coauthorOf: a });
  await b.settle();
  await a.settle();
  const sheet = a.engine.getState().bindings.find((x) => x.scope?.campaignNo === CAMPAIGN)?.sheetName ?? "";
  const lines = campaignDiscountLines(CAMPAIGN, LINES, 0)
    .tsv.split("\r\n")
    .map((line) => line.split("\t"));
  a.sim.resetCounters();
  b.sim.resetCounters();
  const started = performance.now();
  b.sim.userEdit(sheet, 1, 0, lines);
  await a.settle();
  const ms = performance.now() - started;
  await b.settle();
  const storedInA = await a.store.countRows("salesLineDiscount");
  const writeSyncs = a.sim.counters().writeSyncs;
  expect(storedInA).toBe(LINES);
  const line = {
    name: "coauthor-remote-paste-10k",
    writeSyncs,
    ms: round(ms),
    storedInA,
    authorWriteSyncs: b.sim.counters().writeSyncs,
    lines: LINES,
    target: { writeSyncs: 0 },
    targetsMet: writeSyncs === 0,
  };
  process.stdout.write("BENCH " + JSON.stringify(line) + "\n");
  await b.dispose();
  await a.dispose();
});
