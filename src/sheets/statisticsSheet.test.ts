/** A campaign's statistics sheet (rule CS6): figures with labels, then the weekly block the chart shows. */
import type { CampaignStatistics } from "../domain";
import { statisticsSheetSpec } from "./index";

const STATS: CampaignStatistics = {
  campaignNo: "CP0001",
  targetContactsContacted: 20,
  contactsResponded: 5,
  responseRatePct: 25,
  cost: 150.5,
  avgCostPerResponse: 30.1,
  duration: 60,
  avgDurationPerResponse: 12,
  opportunities: 2,
  estimatedValue: 3000,
  calcdCurrentValue: 2000,
  won: 1,
  lost: 1,
  winRatePct: 50,
  costPerWon: 150.5,
  weeks: [
    { week: "2026-09-07", interactions: 15, contacted: 12, responded: 2, cost: 100 },
    { week: "2026-09-14", interactions: 8, contacted: 8, responded: 3, cost: 50.5 },
  ],
};

test("[CS6] the figures as labelled numbers, then the weekly block the chart is drawn over", () => {
  const spec = statisticsSheetSpec(STATS, "en", { rows: 30, cols: 3 });
  expect(spec.sheetName).toBe("Statistics CP0001");
  expect(spec.rows[3]).toEqual(["Response rate %", 25]);
  expect(spec.rows[13]).toEqual(["Win rate %", 50]);
  const { top, rowCount, colCount } = spec.chart;
  expect(spec.rows.slice(top, top + rowCount)).toEqual([
    ["Week of", "Interactions", "Target contacts contacted", "Contacts responded"],
    ["2026-09-07", 15, 12, 2],
    ["2026-09-14", 8, 8, 3],
  ]);
  expect(colCount).toBe(4);
  expect(spec).toMatchObject({ clearRows: 30, clearCols: 3 });
  expect(spec.chart).toMatchObject({ name: "CampaignDesk_CP0001", title: "CP0001: interactions by week" });
  const da = statisticsSheetSpec({ ...STATS, weeks: [] }, "da");
  expect(da.sheetName).toBe("Statistik CP0001");
  expect(da.rows[da.chart.top + 1]).toEqual(["Ingen interaktioner endnu", 0, 0, 0]); // a chart needs a data row
});
