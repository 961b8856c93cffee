/**
 * A campaign's statistics sheet, "Statistics CP0001" (rule CS6): its figures as BC's Campaign Statistics page shows them,
 * then the weekly trend as a block a native chart is drawn over. Labels in the person's language; numbers as numbers.
 */
import type { CampaignStatistics, Lang } from "../domain";
import type { ChartSheetSpec } from "../workbook";

type Label = Readonly<Record<Lang, string>>;

const LABELS: Record<string, Label> = {
  campaign: { en: "Campaign", da: "Kampagne" },
  contacted: { en: "Target contacts contacted", da: "Målgruppekontakter kontaktet" },
  responded: { en: "Contacts responded", da: "Kontakter, der har svaret" },
  responseRate: { en: "Response rate %", da: "Svarprocent" },
  cost: { en: "Cost (LCY)", da: "Omkostning (RV)" },
  avgCost: { en: "Avg. cost per response (LCY)", da: "Gns. omkostning pr. svar (RV)" },
  duration: { en: "Duration (min.)", da: "Varighed (min.)" },
  avgDuration: { en: "Avg. duration per response (min.)", da: "Gns. varighed pr. svar (min.)" },
  opportunities: { en: "No. of opportunities", da: "Antal salgsmuligheder" },
  estimated: { en: "Estimated value (LCY)", da: "Anslået værdi (RV)" },
  current: { en: "Calcd. current value (LCY)", da: "Beregnet aktuel værdi (RV)" },
  won: { en: "Won", da: "Vundet" },
  lost: { en: "Lost", da: "Tabt" },
  winRate: { en: "Win rate %", da: "Vinderprocent" },
  costPerWon: { en: "Cost per won opportunity (LCY)", da: "Omkostning pr. vundet salgsmulighed (RV)" },
  week: { en: "Week of", da: "Uge fra" },
  interactions: { en: "Interactions", da: "Interaktioner" },
  trendTitle: { en: "{campaign}: interactions by week", da: "{campaign}: interaktioner pr. uge" },
  none: { en: "No interactions yet", da: "Ingen interaktioner endnu" },
};

/** One sheet per campaign ("Statistics CP0001"): within Excel's 31 characters for any campaign no. (≤ 20). */
export const statisticsSheetName = (campaignNo: string, lang: Lang) =>
  `${lang === "da" ? "Statistik" : "Statistics"} ${campaignNo}`;

/** The chart's name for a campaign: one chart per campaign on the sheet. */
export const statisticsChartName = (campaignNo: string) => `CampaignDesk_${campaignNo.replace(/[^A-Za-z0-9]/g, "_")}`;

/** The sheet's cells and chart for `stats`; `previous` is the size written last time (cleared first). */
export function statisticsSheetSpec(
  stats: CampaignStatistics,
  lang: Lang,
  previous: { rows: number; cols: number } = { rows: 0, cols: 0 },
): ChartSheetSpec {
  const l = (key: string) => LABELS[key]![lang];
  const figures: (string | number)[][] = [
    [l("campaign"), stats.campaignNo],
    [l("contacted"), stats.targetContactsContacted],
    [l("responded"), stats.contactsResponded],
    [l("responseRate"), stats.responseRatePct],
    [l("cost"), stats.cost],
    [l("avgCost"), stats.avgCostPerResponse],
    [l("duration"), stats.duration],
    [l("avgDuration"), stats.avgDurationPerResponse],
    [l("opportunities"), stats.opportunities],
    [l("estimated"), stats.estimatedValue],
    [l("current"), stats.calcdCurrentValue],
    [l("won"), stats.won],
    [l("lost"), stats.lost],
    [l("winRate"), stats.winRatePct],
    [l("costPerWon"), stats.costPerWon],
  ];
  const none = { week: l("none"), interactions: 0, contacted: 0, responded: 0, cost: 0 };
  const weeks = stats.weeks.length > 0 ? stats.weeks : [none];
  const top = figures.length + 1;
  const trend = [
    [l("week"), l("interactions"), l("contacted"), l("responded")],
    ...weeks.map((w) => [w.week, w.interactions, w.contacted, w.responded]),
  ];
  return {
    sheetName: statisticsSheetName(stats.campaignNo, lang),
    rows: [...figures, [], ...trend],
    clearRows: previous.rows,
    clearCols: previous.cols,
    chart: {
      name: statisticsChartName(stats.campaignNo),
      title: l("trendTitle").replace("{campaign}", stats.campaignNo),
      type: "ColumnClustered",
      top,
      rowCount: trend.length,
      colCount: 4,
    },
  };
}
