import type { EntityKind } from "../../domain";

/** Setup first, then what refers to it: the order the pane lists and binds sheets in. */
export const ENTITY_ORDER: readonly EntityKind[] = [
  "campaignStatus",
  "salesperson",
  "campaign",
  "itemDiscountGroup",
  "item",
  "itemUnitOfMeasure",
  "itemVariant",
  "currency",
  "customerPriceGroup",
  "customerDiscountGroup",
  "customer",
  "salesPrice",
  "salesLineDiscount",
  "team",
  "teamMember",
  "contact",
  "interactionGroup",
  "interactionTemplate",
  "segmentLine",
  "interactionLogEntry",
  "campaignEntry",
  "loggedSegment",
  "salesCycle",
  "salesCycleStage",
  "opportunity",
  "opportunityEntry",
  "activity",
  "activityStep",
  "task",
];

/** The workbook's own state, kept in tables on very hidden sheets (docs/spec/document-layout.md). */
export const STATE_ENTITIES: readonly EntityKind[] = ["numberSeries", "segmentHeader", "campaignActivation"];

/**
 * The order a workbook's tables are reconciled in when it opens (or its store is rebuilt): what others refer to
 * first, so nothing is flagged for a reference that is merely not read yet; activation marks last, since their
 * target groups are computed from segment lines, contacts and customers.
 */
const LATE: readonly EntityKind[] = [
  "segmentHeader",
  "segmentLine",
  // Logged segments and entries before the interactions that refer to them (IR5, IR8).
  "loggedSegment",
  "campaignEntry",
  "interactionLogEntry",
  // Sales cycles and their stages before the opportunities that move through them, entries after (OP11).
  "salesCycle",
  "salesCycleStage",
  "opportunityEntry",
  "opportunity",
  // Activities and their steps before the tasks that name them (TK9, TK10).
  "activity",
  "activityStep",
  "task",
  "campaignActivation",
];

export const RECONCILE_ORDER: readonly EntityKind[] = [
  "numberSeries",
  ...ENTITY_ORDER.filter((e) => !LATE.includes(e)),
  ...LATE,
];

/**
 * Records the add-in makes besides the ones a person edits, which travel in their own visible sheets: what the pane's
 * Log Segment makes (issue 16), the entries an opportunity's move writes (issue 17, OP13), and the tasks the pane's
 * Assign Activity makes (issue 18, TK14).
 */
export const LOG_ENTITIES: readonly EntityKind[] = [
  "interactionLogEntry",
  "campaignEntry",
  "loggedSegment",
  "opportunityEntry",
  "task",
];
