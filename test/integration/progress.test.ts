/**
 * Progress in steps with real counts (rule PN12): the sheet the person changed reports reading, checking, saving and
 * writing back with its row counts; the sheets that follow its change are reported apart.
 */
import { campaignWithDiscountLines, harnessesPerTest } from "./engineHarness";

const harness = harnessesPerTest();

test("[PN12] the changed sheet's steps name their rows; a sheet that follows is reported apart", async () => {
  const h = await harness();
  const own = await campaignWithDiscountLines(h, "CP0001", 3);
  const labels: string[] = [];
  const off = h.engine.subscribe((s) => {
    if (s.progress && labels[labels.length - 1] !== s.progress.label) labels.push(s.progress.label);
  });
  // New dates for the campaign re-date its three lines: the Campaigns sheet is the person's, the lines' sheet follows.
  h.sim.userEdit(h.sheetOf("campaign"), 1, 2, [["2026-09-15", "2026-12-31"]]);
  await h.settle();
  off();
  expect(labels).toContain("Step 1 of 4: reading ‘Campaigns’");
  expect(labels).toContain("Step 2 of 4: checking 1 row of ‘Campaigns’");
  expect(labels).toContain("Step 3 of 4: saving 1 changed row of ‘Campaigns’");
  expect(labels).toContain(`Bringing other sheets up to date · Step 2 of 4: checking 3 rows of ‘${own}’`);
  expect(labels.filter((l) => l.includes(own)).every((l) => l.startsWith("Bringing other sheets up to date"))).toBe(
    true,
  );
  expect(labels.filter((l) => l.includes("‘Campaigns’")).some((l) => l.startsWith("Bringing"))).toBe(false);
});
