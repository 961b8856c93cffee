/** A campaign's statistics in the pane (CS1–CS5): the figures, and the weekly trend as a chart. */
import { createElement } from "react";
import type { CampaignStatistics } from "../../domain";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { CampaignStatisticsView } from "./CampaignStatisticsView";

const STATS: CampaignStatistics = {
  campaignNo: "CP0001",
  targetContactsContacted: 1200,
  contactsResponded: 5,
  responseRatePct: 33.3,
  cost: 1500.5,
  avgCostPerResponse: 300.1,
  duration: 60,
  avgDurationPerResponse: 12,
  opportunities: 2,
  estimatedValue: 3000,
  calcdCurrentValue: 2000,
  won: 1,
  lost: 1,
  winRatePct: 50,
  costPerWon: 1500.5,
  weeks: [
    { week: "2026-09-07", interactions: 15, contacted: 12, responded: 2, cost: 100 },
    { week: "2026-09-14", interactions: 8, contacted: 8, responded: 3, cost: 50.5 },
  ],
};

const render = (stats: CampaignStatistics, lang: "en" | "da" = "en") =>
  renderWith(fakeEngine({}, lang), createElement(CampaignStatisticsView, { stats, lang }));

test("[CS2] [CS4] the figures in the language's number style", () => {
  const html = render(STATS);
  expect(textOf(html, "stats-contacted")).toBe("1,200");
  expect(textOf(html, "stats-rate")).toBe("33.3%");
  expect(textOf(html, "stats-won-lost")).toBe("1 / 1");
  expect(textOf(html, "stats-win-rate")).toBe("50%");
  const da = render(STATS, "da");
  expect(textOf(da, "stats-contacted")).toBe("1.200");
  expect(textOf(da, "stats-rate")?.replace(/\s/gu, " ")).toBe("33,3 %"); // a no-break space before %
});

test("[CS5] the weekly trend is a chart with a bar pair per week; without interactions it says what to do", () => {
  const html = render(STATS);
  expect(tagOf(html, "stats-chart")).toContain(
    'aria-label="CP0001: interactions, contacted and responded in each of 2 weeks"',
  );
  expect(html.match(/data-week=/g)).toHaveLength(2);
  expect(html).toContain('data-week="2026-09-14" data-contacted="8" data-responded="3"');
  expect(render({ ...STATS, weeks: [] })).toContain("No interactions for this campaign yet");
});
