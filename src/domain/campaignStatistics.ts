/**
 * Campaign statistics as BC's page 5088 computes them (bc-reference §8; domain-rules §6), plus what BC lacks: won and
 * lost opportunities, win rate, cost per won opportunity and a weekly trend (rules CS1–CS5 in
 * docs/spec/opportunity-rules.md). Interaction figures count interactions (not distinct contacts) that are neither
 * canceled nor postponed, within the date range if one is given; opportunity figures come from active opportunity
 * entries and ignore the date range. An index built once groups both by campaign, so one campaign costs only its own.
 */
import { dayNumber, formatIsoDate, fromDayNumber, parseIsoDate } from "./civilDate";
import type { IsoDate } from "./records";

/** What statistics read of an interaction log entry. */
export interface StatsInteraction {
  campaignNo: string;
  date: IsoDate;
  campaignTarget: boolean;
  campaignResponse: boolean;
  cost: number;
  duration: number;
  canceled: boolean;
  postponed: boolean;
}

/** What statistics read of an opportunity entry. */
export interface StatsOpportunityEntry {
  campaignNo: string;
  active: boolean;
  actionTaken: string;
  estimatedValue: number;
  calcdCurrentValue: number;
}

export interface WeekFigures {
  /** The Monday the ISO week starts on. */
  week: IsoDate;
  /** Every counted interaction of the week, targeted or not. */
  interactions: number;
  contacted: number;
  responded: number;
  cost: number;
}

export interface CampaignStatistics {
  campaignNo: string;
  targetContactsContacted: number;
  contactsResponded: number;
  /** 0.1 precision; 0 when none contacted. */
  responseRatePct: number;
  cost: number;
  /** 0.01 precision; 0 when none responded. */
  avgCostPerResponse: number;
  duration: number;
  avgDurationPerResponse: number;
  opportunities: number;
  estimatedValue: number;
  calcdCurrentValue: number;
  won: number;
  lost: number;
  /** Won of the closed (won + lost), 0.1 precision; 0 when none is closed. */
  winRatePct: number;
  /** 0.01 precision; 0 when none was won. */
  costPerWon: number;
  weeks: WeekFigures[];
}

export interface StatisticsIndex {
  interactions: ReadonlyMap<string, StatsInteraction[]>;
  entries: ReadonlyMap<string, StatsOpportunityEntry[]>;
}

/** Groups the counted interactions and the active entries by campaign (one pass over each). */
export function statisticsIndex(
  interactions: readonly StatsInteraction[],
  entries: readonly StatsOpportunityEntry[],
): StatisticsIndex {
  const byCampaign = new Map<string, StatsInteraction[]>();
  for (const i of interactions) {
    if (i.canceled || i.postponed || i.campaignNo === "") continue;
    const list = byCampaign.get(i.campaignNo);
    if (list) list.push(i);
    else byCampaign.set(i.campaignNo, [i]);
  }
  const active = new Map<string, StatsOpportunityEntry[]>();
  for (const e of entries) {
    if (!e.active || e.campaignNo === "") continue;
    const list = active.get(e.campaignNo);
    if (list) list.push(e);
    else active.set(e.campaignNo, [e]);
  }
  return { interactions: byCampaign, entries: active };
}

/** BC's ROUND to a precision (nearest, halves away from zero). */
export function roundTo(value: number, precision: number): number {
  const steps = Math.round(Math.abs(value) / precision + 1e-9) * Math.sign(value);
  return Number((steps * precision).toFixed(10));
}

/** The statistics of one campaign; `range` (either end open) limits the interaction figures only. */
export function campaignStatistics(
  index: StatisticsIndex,
  campaignNo: string,
  range: { from?: IsoDate; to?: IsoDate } = {},
): CampaignStatistics {
  const from = range.from ?? "";
  const to = range.to ?? "";
  let contacted = 0;
  let responded = 0;
  let cost = 0;
  let duration = 0;
  const weeks = new Map<IsoDate, WeekFigures>();
  const byDate = new Map<IsoDate, WeekFigures | null>(); // a date's week is worked out once
  for (const i of index.interactions.get(campaignNo) ?? []) {
    if ((from !== "" && i.date < from) || (to !== "" && i.date > to)) continue;
    let week = byDate.get(i.date);
    if (week === undefined) byDate.set(i.date, (week = weekOf(weeks, i.date)));
    cost += i.cost;
    duration += i.duration;
    if (week) {
      week.cost += i.cost;
      week.interactions += 1;
    }
    if (i.campaignTarget) {
      contacted += 1;
      if (week) week.contacted += 1;
    }
    if (i.campaignResponse) {
      responded += 1;
      if (week) week.responded += 1;
    }
  }
  return {
    campaignNo,
    ...interactionFigures(contacted, responded, cost, duration),
    ...opportunityFigures(index, campaignNo, cost),
    weeks: weekList(weeks),
  };
}

function interactionFigures(contacted: number, responded: number, cost: number, duration: number) {
  return {
    targetContactsContacted: contacted,
    contactsResponded: responded,
    responseRatePct: contacted === 0 ? 0 : roundTo((responded / contacted) * 100, 0.1),
    cost: roundTo(cost, 0.01),
    avgCostPerResponse: responded === 0 ? 0 : roundTo(cost / responded, 0.01),
    duration: roundTo(duration, 0.01),
    avgDurationPerResponse: responded === 0 ? 0 : roundTo(duration / responded, 0.01),
  };
}

function opportunityFigures(index: StatisticsIndex, campaignNo: string, cost: number) {
  const entries = index.entries.get(campaignNo) ?? [];
  let estimatedValue = 0;
  let calcdCurrentValue = 0;
  let won = 0;
  let lost = 0;
  for (const e of entries) {
    estimatedValue += e.estimatedValue;
    calcdCurrentValue += e.calcdCurrentValue;
    if (e.actionTaken === "Won") won += 1;
    if (e.actionTaken === "Lost") lost += 1;
  }
  return {
    opportunities: entries.length,
    estimatedValue: roundTo(estimatedValue, 0.01),
    calcdCurrentValue: roundTo(calcdCurrentValue, 0.01),
    won,
    lost,
    winRatePct: won + lost === 0 ? 0 : roundTo((won / (won + lost)) * 100, 0.1),
    costPerWon: won === 0 ? 0 : roundTo(cost / won, 0.01),
  };
}

/** The week's figures of a date (created on first use); null for a date that is no ISO date. */
function weekOf(weeks: Map<IsoDate, WeekFigures>, date: IsoDate): WeekFigures | null {
  const civil = parseIsoDate(date);
  if (!civil) return null;
  const n = dayNumber(civil);
  const monday = formatIsoDate(fromDayNumber(n - ((((n + 3) % 7) + 7) % 7)));
  let week = weeks.get(monday);
  if (!week) weeks.set(monday, (week = { week: monday, interactions: 0, contacted: 0, responded: 0, cost: 0 }));
  return week;
}

function weekList(weeks: ReadonlyMap<IsoDate, WeekFigures>): WeekFigures[] {
  return [...weeks.values()]
    .sort((a, b) => (a.week < b.week ? -1 : 1))
    .map((w) => ({ ...w, cost: roundTo(w.cost, 0.01) }));
}
