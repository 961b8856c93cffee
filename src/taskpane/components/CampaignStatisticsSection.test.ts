/** The campaign card's statistics section (CS7): show the figures, or write them to a sheet with a chart. */
import { createElement } from "react";
import { fakeEngine, renderWith, tagOf } from "../paneTestKit";
import { CampaignStatisticsSection } from "./CampaignStatisticsSection";

test("[CS7] the card offers its statistics and a statistics sheet with a chart, in English and Danish", () => {
  const en = renderWith(fakeEngine({}, "en"), createElement(CampaignStatisticsSection, { campaignNo: "CP0001" }));
  expect(tagOf(en, "card-statistics-toggle")).not.toBeNull();
  expect(en).toContain("Show statistics");
  expect(en).toContain("Statistics sheet with chart");
  expect(tagOf(en, "campaign-statistics")).toBeNull(); // figures load when asked
  const da = renderWith(fakeEngine({}, "da"), createElement(CampaignStatisticsSection, { campaignNo: "CP0001" }));
  expect(da).toContain("Vis statistik");
});
