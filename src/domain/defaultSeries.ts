/**
 * The number series a new workbook starts with, as BC's Marketing Setup: campaign nos. CP0001…, segment
 * nos. SEG0001…; manual numbers allowed.
 */
import type { NumberSeries } from "./records";

export const CAMPAIGN_SERIES = "CAMPAIGN";
export const SEGMENT_SERIES = "SEGMENT";

export const DEFAULT_NUMBER_SERIES: readonly NumberSeries[] = [
  { code: CAMPAIGN_SERIES, startingNo: "CP0001", lastNoUsed: "", manualNos: true },
  { code: SEGMENT_SERIES, startingNo: "SEG0001", lastNoUsed: "", manualNos: true },
];

/** Entry nos. of logged segments, campaign entries and interactions: 1, 2, 3… (IR2, BC's Entry No. = last + 1). */
export const LOGGED_SEGMENT_SERIES = "LOGGEDSEGMENT";
export const CAMPAIGN_ENTRY_SERIES = "CAMPAIGNENTRY";
export const INTERACTION_SERIES = "INTERACTION";

/** The entry series, used only once something is logged (they are not offered for typing numbers). */
export const ENTRY_NUMBER_SERIES: readonly NumberSeries[] = [
  { code: LOGGED_SEGMENT_SERIES, startingNo: "1", lastNoUsed: "", manualNos: false },
  { code: CAMPAIGN_ENTRY_SERIES, startingNo: "1", lastNoUsed: "", manualNos: false },
  { code: INTERACTION_SERIES, startingNo: "1", lastNoUsed: "", manualNos: true },
];

/** Opportunity nos. OP0001…, as BC's Marketing Setup's Opportunity Nos.; offered only once opportunities are made. */
export const OPPORTUNITY_SERIES = "OPPORTUNITY";
const OPPORTUNITY_NUMBER_SERIES: NumberSeries = {
  code: OPPORTUNITY_SERIES,
  startingNo: "OP0001",
  lastNoUsed: "",
  manualNos: true,
};

/** Task nos. TD0001…, as BC's Marketing Setup's To-do Nos.; offered only once tasks are made. */
export const TASK_SERIES = "TASK";
const TASK_NUMBER_SERIES: NumberSeries = { code: TASK_SERIES, startingNo: "TD0001", lastNoUsed: "", manualNos: true };

/** The series of that code a workbook uses until it stores its own (undefined for an unknown code). */
export function defaultSeriesFor(code: string): NumberSeries | undefined {
  const series = [...DEFAULT_NUMBER_SERIES, ...ENTRY_NUMBER_SERIES, OPPORTUNITY_NUMBER_SERIES, TASK_NUMBER_SERIES].find(
    (s) => s.code === code,
  );
  return series ? { ...series } : undefined;
}
