/**
 * Which lines compete in a price check and which one wins (domain-rules.md §5, bc-reference.md §7.3–7.5).
 * Order, best first: a line with a currency beats one without; then one with a variant beats one without; then the
 * lowest line amount (prices) or highest % (discounts); then the later starting date; then a campaign line; then
 * the first row id — a total order, so the answer never depends on row order (deviation: BC's zero-price quirk).
 */
import type { IndexedLine } from "./priceIndex";
import type { Candidate, Choice, ExclusionReason, LossReason } from "./priceCheckTypes";
import type { IsoDate, IssueParams } from "./records";

/** The sales line a line is filtered against, with normalised codes. */
export interface LineQuery {
  variantCode: string;
  currencyCode: string;
  unitOfMeasureCode: string;
  date: IsoDate;
  /** `date` as YYYYMMDD. */
  day: number;
  /** |quantity| in the line unit and in base units. */
  quantity: number;
  baseQuantity: number;
}

/** BC's default unit-amount precision (GL Setup): converted unit prices are rounded to it, so ties are exact. */
export function roundUnitAmount(amount: number): number {
  return Math.round(amount * 100_000) / 100_000;
}

/**
 * Why `line` (with its effective dates) does not compete, or null when it does. Filters: variant ∈ {line, blank},
 * currency ∈ {document, blank}, unit ∈ {line, blank}, dates inclusive (day numbers; blank = open), minimum
 * quantity ≤ quantity (in base units when the line has no unit).
 */
export function exclusionOf(line: IndexedLine, startDay: number, endDay: number, q: LineQuery): ExclusionReason | null {
  if (line.variantCode !== "" && line.variantCode !== q.variantCode) return "OTHER_VARIANT";
  if (line.currencyCode !== "" && line.currencyCode !== q.currencyCode) return "OTHER_CURRENCY";
  if (line.unitOfMeasureCode !== "" && line.unitOfMeasureCode !== q.unitOfMeasureCode) return "OTHER_UNIT";
  if (startDay > q.day || endDay < q.day) return "OUT_OF_DATES";
  const quantity = line.unitOfMeasureCode === "" ? q.baseQuantity : q.quantity;
  return line.minimumQuantity <= quantity ? null : "MIN_QTY";
}

/** The values an exclusion message shows ("…" for a blank date). */
export function exclusionParams(
  reason: ExclusionReason,
  line: IndexedLine,
  startingDate: IsoDate,
  endingDate: IsoDate,
  q: LineQuery,
): IssueParams {
  switch (reason) {
    case "OTHER_VARIANT":
      return { value: line.variantCode };
    case "OTHER_CURRENCY":
      return { value: line.currencyCode };
    case "OTHER_UNIT":
      return { value: line.unitOfMeasureCode };
    case "OUT_OF_DATES":
      return { startingDate: startingDate || "…", endingDate: endingDate || "…", date: q.date };
    case "MIN_QTY":
      return {
        minimumQuantity: line.minimumQuantity,
        quantity: line.unitOfMeasureCode === "" ? q.baseQuantity : q.quantity,
      };
  }
}

/** A candidate with its sort key spelled out, so sorting reads plain fields of one object shape (fast). */
interface Ranked {
  candidate: Candidate;
  /** 2 for a currency, + 1 for a variant: higher is more specific. */
  specific: number;
  /** Lower is better: the amount for prices, minus the % for discounts. */
  amount: number;
  startingDate: string;
  campaign: number;
  rowId: string;
}

function compareRanked(a: Ranked, b: Ranked): number {
  if (a.specific !== b.specific) return b.specific - a.specific;
  if (a.amount !== b.amount) return a.amount - b.amount;
  if (a.startingDate !== b.startingDate) return a.startingDate > b.startingDate ? -1 : 1;
  if (a.campaign !== b.campaign) return b.campaign - a.campaign;
  return a.rowId === b.rowId ? 0 : a.rowId < b.rowId ? -1 : 1;
}

function ranked(c: Candidate, higherWins: boolean): Ranked {
  return {
    candidate: c,
    specific: (c.currencyCode !== "" ? 2 : 0) + (c.variantCode !== "" ? 1 : 0),
    amount: higherWins ? -c.rankAmount : c.rankAmount,
    startingDate: c.startingDate,
    campaign: c.source.kind === "campaign" ? 1 : 0,
    rowId: c.rowId,
  };
}

/** Why `loser` ranks below `winner`: the first criterion that separates them. */
function lossReason(loser: Candidate, winner: Candidate, higherWins: boolean): LossReason {
  if (winner.currencyCode !== "" && loser.currencyCode === "") {
    return { code: "LOST_LESS_SPECIFIC", params: { field: "currencyCode", value: winner.currencyCode } };
  }
  if (winner.variantCode !== "" && loser.variantCode === "") {
    return { code: "LOST_LESS_SPECIFIC", params: { field: "variantCode", value: winner.variantCode } };
  }
  if (loser.rankAmount !== winner.rankAmount) {
    return higherWins
      ? { code: "LOST_LOWER_DISCOUNT", params: { pct: loser.rankAmount, winnerPct: winner.rankAmount } }
      : { code: "LOST_HIGHER_AMOUNT", params: { amount: loser.rankAmount, winnerAmount: winner.rankAmount } };
  }
  if (loser.startingDate !== winner.startingDate) {
    return loser.startingDate === ""
      ? { code: "LOST_NO_START", params: { winnerStartingDate: winner.startingDate } }
      : {
          code: "LOST_EARLIER_START",
          params: { startingDate: loser.startingDate, winnerStartingDate: winner.startingDate },
        };
  }
  if (winner.source.kind === "campaign" && loser.source.kind !== "campaign") {
    return { code: "LOST_TIE_CAMPAIGN", params: { campaign: winner.source.code } };
  }
  return { code: "LOST_TIE_ORDER", params: { winnerRowId: winner.rowId } };
}

/** Sorts candidates best first, names the winner and tells every other candidate why it lost. */
export function rankCandidates(candidates: readonly Candidate[], higherWins: boolean): Choice {
  const sorted = candidates.map((c) => ranked(c, higherWins)).sort(compareRanked);
  const best = sorted.map((r) => r.candidate);
  const winner = best[0] ?? null;
  if (winner === null) return { winner, candidates: best };
  for (let i = 1; i < best.length; i++) {
    const loser = best[i];
    if (loser !== undefined) loser.lostBecause = lossReason(loser, winner, higherWins);
  }
  return { winner, candidates: best };
}
