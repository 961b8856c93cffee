/** Campaign statistics as BC's page 5088, and beyond it (docs/spec/opportunity-rules.md, CS1–CS5). */
import type { StatsInteraction, StatsOpportunityEntry } from "./index";
import { campaignStatistics, roundTo, statisticsIndex } from "./index";

const ile = (o: Partial<StatsInteraction>): StatsInteraction => ({
  campaignNo: "CP1",
  date: "2026-09-07",
  campaignTarget: true,
  campaignResponse: false,
  cost: 10,
  duration: 5,
  canceled: false,
  postponed: false,
  ...o,
});
const entry = (o: Partial<StatsOpportunityEntry>): StatsOpportunityEntry => ({
  campaignNo: "CP1",
  active: true,
  actionTaken: "Next",
  estimatedValue: 1000,
  calcdCurrentValue: 300,
  ...o,
});

test("[CS1] interactions are counted, not contacts; canceled and postponed ones and other campaigns are left out", () => {
  const index = statisticsIndex(
    [
      ile({}),
      ile({}), // the same contact again counts again
      ile({ campaignTarget: false, campaignResponse: true, cost: 2.5, duration: 1 }),
      ile({ canceled: true, cost: 1000 }),
      ile({ postponed: true, cost: 1000 }),
      ile({ campaignNo: "CP2", cost: 1000 }),
    ],
    [],
  );
  expect(campaignStatistics(index, "CP1")).toMatchObject({
    targetContactsContacted: 2,
    contactsResponded: 1,
    cost: 22.5,
    duration: 11,
  });
  expect(campaignStatistics(index, "CP9")).toMatchObject({ targetContactsContacted: 0, cost: 0, weeks: [] });
});

test("[CS2] response rate to 0.1 %, averages per response to 0.01, 0 when nothing to divide by", () => {
  const three = [ile({ campaignResponse: true, cost: 10 }), ile({ cost: 10 }), ile({ cost: 0.01 })];
  const stats = campaignStatistics(statisticsIndex(three, []), "CP1");
  expect(stats.responseRatePct).toBe(33.3);
  expect(stats.avgCostPerResponse).toBe(20.01);
  const twoOfThree = campaignStatistics(
    statisticsIndex([...three.slice(1), ile({ campaignResponse: true }), ile({ campaignResponse: true })], []),
    "CP1",
  );
  expect(twoOfThree.responseRatePct).toBe(50);
  expect(campaignStatistics(statisticsIndex([ile({})], []), "CP1")).toMatchObject({
    responseRatePct: 0,
    avgCostPerResponse: 0,
    avgDurationPerResponse: 0,
  });
  expect(roundTo((2 / 3) * 100, 0.1)).toBe(66.7);
  expect(roundTo(0.125, 0.01)).toBe(0.13); // halves away from zero
  expect(roundTo(-0.125, 0.01)).toBe(-0.13);
});

test("[CS3] a date range limits interactions, both ends included, and never the opportunities", () => {
  const index = statisticsIndex(
    [
      ile({ date: "2026-08-31" }),
      ile({ date: "2026-09-01" }),
      ile({ date: "2026-09-30" }),
      ile({ date: "2026-10-01" }),
    ],
    [entry({}), entry({ estimatedValue: 500, calcdCurrentValue: 0 })],
  );
  const september = campaignStatistics(index, "CP1", { from: "2026-09-01", to: "2026-09-30" });
  expect(september).toMatchObject({ targetContactsContacted: 2, opportunities: 2, estimatedValue: 1500 });
  expect(campaignStatistics(index, "CP1", { from: "2026-09-30" }).targetContactsContacted).toBe(2);
  expect(campaignStatistics(index, "CP1", { to: "2026-08-31" }).targetContactsContacted).toBe(1);
});

test("[CS4] opportunities from active entries; won, lost, win rate and cost per won", () => {
  const index = statisticsIndex(
    [ile({ cost: 100 }), ile({ cost: 50 })],
    [
      entry({ actionTaken: "Won", estimatedValue: 2000, calcdCurrentValue: 2000 }),
      entry({ actionTaken: "Lost", estimatedValue: 0, calcdCurrentValue: 0 }),
      entry({ actionTaken: "Lost", estimatedValue: 0, calcdCurrentValue: 0 }),
      entry({ actionTaken: "Next", estimatedValue: 1000, calcdCurrentValue: 250.55 }),
      entry({ active: false, estimatedValue: 99_999 }), // an earlier entry of an opportunity
      entry({ campaignNo: "CP2" }),
    ],
  );
  expect(campaignStatistics(index, "CP1")).toMatchObject({
    opportunities: 4,
    estimatedValue: 3000,
    calcdCurrentValue: 2250.55,
    won: 1,
    lost: 2,
    winRatePct: 33.3,
    costPerWon: 150,
  });
  expect(campaignStatistics(statisticsIndex([], [entry({})]), "CP1")).toMatchObject({ winRatePct: 0, costPerWon: 0 });
});

test("[CS5] the weekly trend by ISO week starting Monday, in week order", () => {
  const index = statisticsIndex(
    [
      ile({ date: "2026-09-13", cost: 1 }), // Sunday: the week of Monday 7 September
      ile({ date: "2026-09-07", campaignResponse: true, cost: 2 }),
      ile({ date: "2026-09-14", campaignTarget: false, cost: 4 }), // Monday of the next week
      ile({ date: "2026-08-31", cost: 8 }),
    ],
    [],
  );
  expect(campaignStatistics(index, "CP1").weeks).toEqual([
    { week: "2026-08-31", interactions: 1, contacted: 1, responded: 0, cost: 8 },
    { week: "2026-09-07", interactions: 2, contacted: 2, responded: 1, cost: 3 },
    { week: "2026-09-14", interactions: 1, contacted: 0, responded: 0, cost: 4 },
  ]);
});
