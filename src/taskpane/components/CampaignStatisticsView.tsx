import { Stack, Text } from "@fluentui/react";
import type { CampaignStatistics, Lang } from "../../domain";
import { displayDate } from "../dateText";
import { formatCount, t } from "../i18n";
import { formatAmount, formatPercent } from "../numberFormat";

/** One figure: its label over its value. */
function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack styles={{ root: { minWidth: 130, flexBasis: 130, flexGrow: 1 } }}>
      <Text variant="small">{label}</Text>
      <Text variant="large" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

const W = 300;
const H = 120;
const BASE = H - 18;

/** Contacted and responded by week as bars: how a campaign goes is clearer as a picture (an SVG, no chart library). */
function WeekChart({ stats, lang }: { stats: CampaignStatistics; lang: Lang }) {
  const weeks = stats.weeks;
  if (weeks.length === 0) return <Text variant="small">{t(lang, "statsNoWeeks")}</Text>;
  const max = weeks.reduce((m, w) => Math.max(m, w.contacted), 1);
  const slot = W / weeks.length;
  const bar = Math.max(2, Math.min(14, slot / 3));
  const height = (n: number) => (n / max) * (BASE - 6);
  const label = t(lang, "statsChartLabel", { campaign: stats.campaignNo, weeks: weeks.length });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="stats-chart">
      {weeks.map((w, i) => {
        const x = i * slot + slot / 2;
        return (
          <g key={w.week} data-week={w.week} data-contacted={w.contacted} data-responded={w.responded}>
            <rect
              x={x - bar}
              y={BASE - height(w.contacted)}
              width={bar}
              height={height(w.contacted)}
              fill="var(--cd-accent)"
            >
              <title>{`${displayDate(w.week, lang)}: ${t(lang, "statsContacted")} ${w.contacted}`}</title>
            </rect>
            <rect
              x={x}
              y={BASE - height(w.responded)}
              width={bar}
              height={height(w.responded)}
              fill="var(--cd-accent-soft)"
            >
              <title>{`${displayDate(w.week, lang)}: ${t(lang, "statsResponded")} ${w.responded}`}</title>
            </rect>
            {(weeks.length <= 8 || i % Math.ceil(weeks.length / 8) === 0) && (
              <text x={x} y={H - 4} fontSize="9" textAnchor="middle" fill="currentColor">
                {displayDate(w.week, lang).slice(lang === "da" ? 0 : 5, lang === "da" ? 5 : 10)}
              </text>
            )}
          </g>
        );
      })}
      <line x1="0" x2={W} y1={BASE} y2={BASE} stroke="var(--cd-border)" />
    </svg>
  );
}

/** A campaign's statistics as BC's page shows them, with won/lost, win rate and the weekly trend (CS1–CS5). */
export function CampaignStatisticsView({ stats, lang }: { stats: CampaignStatistics; lang: Lang }) {
  const money = (n: number) => formatAmount(lang, n);
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="campaign-statistics">
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <Figure
          label={t(lang, "statsContacted")}
          value={formatCount(lang, stats.targetContactsContacted)}
          testId="stats-contacted"
        />
        <Figure
          label={t(lang, "statsResponded")}
          value={formatCount(lang, stats.contactsResponded)}
          testId="stats-responded"
        />
        <Figure
          label={t(lang, "statsResponseRate")}
          value={formatPercent(lang, stats.responseRatePct)}
          testId="stats-rate"
        />
        <Figure label={t(lang, "statsCost")} value={money(stats.cost)} testId="stats-cost" />
        <Figure label={t(lang, "statsAvgCost")} value={money(stats.avgCostPerResponse)} testId="stats-avg-cost" />
        <Figure label={t(lang, "statsDuration")} value={formatCount(lang, stats.duration)} testId="stats-duration" />
        <Figure
          label={t(lang, "statsOpportunities")}
          value={formatCount(lang, stats.opportunities)}
          testId="stats-opportunities"
        />
        <Figure label={t(lang, "statsEstimated")} value={money(stats.estimatedValue)} testId="stats-estimated" />
        <Figure label={t(lang, "statsCurrent")} value={money(stats.calcdCurrentValue)} testId="stats-current" />
        <Figure
          label={t(lang, "statsWonLost")}
          value={`${formatCount(lang, stats.won)} / ${formatCount(lang, stats.lost)}`}
          testId="stats-won-lost"
        />
        <Figure label={t(lang, "statsWinRate")} value={formatPercent(lang, stats.winRatePct)} testId="stats-win-rate" />
        <Figure label={t(lang, "statsCostPerWon")} value={money(stats.costPerWon)} testId="stats-cost-per-won" />
      </Stack>
      <WeekChart stats={stats} lang={lang} />
    </Stack>
  );
}
