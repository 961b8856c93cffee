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

type Series = "interactions" | "contacted" | "responded";

/** The three bars of a week, each with its colour and label. */
const SERIES: readonly {
  key: Series;
  fill: string;
  text: "statsInteractions" | "statsContacted" | "statsResponded";
}[] = [
  { key: "interactions", fill: "var(--cd-muted)", text: "statsInteractions" },
  { key: "contacted", fill: "var(--cd-accent)", text: "statsContacted" },
  { key: "responded", fill: "var(--cd-accent-soft)", text: "statsResponded" },
];

/** Interactions, contacted and responded by week as bars: how a campaign goes is clearer as a picture (an SVG). */
function WeekChart({ stats, lang }: { stats: CampaignStatistics; lang: Lang }) {
  const weeks = stats.weeks;
  if (weeks.length === 0) return <Text variant="small">{t(lang, "statsNoWeeks")}</Text>;
  const max = weeks.reduce((m, w) => Math.max(m, w.interactions, w.contacted), 1);
  const slot = W / weeks.length;
  const bar = Math.max(1.5, Math.min(12, slot / 4));
  const height = (n: number) => (n / max) * (BASE - 6);
  const label = t(lang, "statsChartLabel", { campaign: stats.campaignNo, weeks: weeks.length });
  const every = Math.ceil(weeks.length / 8);
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="stats-chart">
        {weeks.map((w, i) => {
          const x = i * slot + slot / 2 - (bar * SERIES.length) / 2;
          return (
            <g key={w.week} data-week={w.week} data-contacted={w.contacted} data-responded={w.responded}>
              {SERIES.map((s, k) => (
                <rect
                  key={s.key}
                  x={x + k * bar}
                  y={BASE - height(w[s.key])}
                  width={bar}
                  height={height(w[s.key])}
                  fill={s.fill}
                >
                  <title>{`${displayDate(w.week, lang)}: ${t(lang, s.text)} ${w[s.key]}`}</title>
                </rect>
              ))}
              {i % every === 0 && (
                <text x={i * slot + slot / 2} y={H - 4} fontSize="9" textAnchor="middle" fill="currentColor">
                  {displayDate(w.week, lang).slice(lang === "da" ? 0 : 5, lang === "da" ? 5 : 10)}
                </text>
              )}
            </g>
          );
        })}
        <line x1="0" x2={W} y1={BASE} y2={BASE} stroke="var(--cd-border)" />
      </svg>
      <Stack horizontal wrap tokens={{ childrenGap: 10 }} data-testid="stats-legend">
        {SERIES.map((s) => (
          <Stack key={s.key} horizontal verticalAlign="center" tokens={{ childrenGap: 4 }}>
            <span style={{ width: 10, height: 10, background: s.fill, display: "inline-block" }} />
            <Text variant="small">{t(lang, s.text)}</Text>
          </Stack>
        ))}
      </Stack>
    </Stack>
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
