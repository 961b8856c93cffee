/**
 * domain-rules.md §9: a 100,000-row paste of campaigns is validated in one batch. This checks correctness at that
 * size (the generator knows which faults it planted); timing is left to bench/, not asserted here.
 */
import type { Campaign } from "./records";
import { validateCampaigns, type CampaignRefs } from "./validateCampaigns";

const N = 100_000;

test("validateCampaigns finds exactly the planted faults in 100,000 rows", () => {
  const refs: CampaignRefs = {
    statusCodes: new Set(["S1", "S2", "S3"]),
    salespeople: new Map([
      ["P1", { blocked: false }],
      ["P2", { blocked: true }],
    ]),
  };
  const expected = { CAMPAIGN_DATES_ORDER: 0, UNKNOWN_STATUS: 0, SALESPERSON_BLOCKED: 0, DUPLICATE_KEY: 0 };
  const rows: Campaign[] = [];
  for (let i = 0; i < N; i++) {
    const openEnded = i % 3 === 0;
    const reversed = i % 1000 === 7;
    const unknownStatus = i % 997 === 3;
    const blocked = i % 1009 === 5;
    const duplicate = i % 5000 === 4999; // re-uses the previous row's number
    if (reversed && !openEnded) expected.CAMPAIGN_DATES_ORDER++; // a blank ending date is open-ended
    if (unknownStatus) expected.UNKNOWN_STATUS++;
    if (blocked) expected.SALESPERSON_BLOCKED++;
    if (duplicate) expected.DUPLICATE_KEY += 2;
    rows.push({
      no: `CP${String(duplicate ? i - 1 : i).padStart(6, "0")}`,
      description: `Campaign ${i}`,
      startingDate: reversed ? "2026-06-01" : "2026-01-01",
      endingDate: openEnded ? "" : "2026-05-31",
      salespersonCode: blocked ? "P2" : i % 2 === 0 ? "P1" : "",
      statusCode: unknownStatus ? "NOPE" : `S${(i % 3) + 1}`,
      lastDateModified: "2026-01-15",
    });
  }
  const issues = validateCampaigns(rows, refs, "en");
  const counts: Record<string, number> = {};
  for (const issue of issues) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  expect(counts).toEqual(expected);
  expect(expected.CAMPAIGN_DATES_ORDER).toBeGreaterThan(0);
}, 120_000);
