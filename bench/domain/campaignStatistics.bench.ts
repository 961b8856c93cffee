/**
 * campaign-statistics-500k: statistics of one campaign over 500,000 interaction log entries and 20,000 opportunities
 * (issue 17; target < 300 ms per campaign, the index build printed apart). Worst case: every interaction and
 * opportunity belongs to the measured campaign; a second line measures a campaign holding a tenth of them.
 */
import type { StatsInteraction, StatsOpportunityEntry } from "../../src/domain";
import { campaignStatistics, statisticsIndex } from "../../src/domain";
import { measure, report } from "./benchKit";

function interactions(n: number, campaigns: number): StatsInteraction[] {
  const out: StatsInteraction[] = [];
  for (let i = 0; i < n; i++) {
    const day = 1 + (i % 28);
    out.push({
      campaignNo: `CP${String(i % campaigns).padStart(4, "0")}`,
      date: `2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      campaignTarget: i % 3 !== 0,
      campaignResponse: i % 7 === 0,
      cost: (i % 50) + 0.25,
      duration: i % 30,
      canceled: i % 97 === 0,
      postponed: i % 89 === 0,
    });
  }
  return out;
}

function entries(n: number, campaigns: number): StatsOpportunityEntry[] {
  const actions = ["Next", "Won", "Lost", "Updated"];
  return Array.from({ length: n }, (_, i) => ({
    campaignNo: `CP${String(i % campaigns).padStart(4, "0")}`,
    active: true,
    actionTaken: actions[i % 4]!,
    estimatedValue: 1000 + (i % 500),
    calcdCurrentValue: 300 + (i % 100),
  }));
}

test.each([
  ["campaign-statistics-500k", 1],
  ["campaign-statistics-500k-of-10", 10],
])("%s", (name, campaigns) => {
  const ile = interactions(500_000, campaigns);
  const opp = entries(20_000, campaigns);
  const built = measure(() => statisticsIndex(ile, opp), { warmup: 1, runs: 3 });
  const { result, stats } = measure(() => campaignStatistics(built.result, "CP0000"), { warmup: 2, runs: 9 });
  expect(result.targetContactsContacted).toBeGreaterThan(0);
  expect(result.weeks.length).toBeGreaterThan(0);
  report(
    name,
    stats.p50Ms,
    { ms: stats.p50Ms, indexMs: built.stats.p50Ms, interactions: 500_000, campaigns, ...stats },
    { maxMs: 300 },
  );
});
