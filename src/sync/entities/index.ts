/**
 * sync/entities: per-entity rules, cascades, content hashes and stored-row helpers. The bottom room of the
 * engine: it imports nothing else in sync.
 */

/** Per entity: validation, derivations, delete refusals, number series and what it depends on. */
export { rulesFor } from "./entityRules";
export type { EntityRules } from "./entityRules";
/** Setup first, then what refers to it: the order the pane lists and binds sheets in. */
export { ENTITY_ORDER, LOG_ENTITIES, RECONCILE_ORDER, STATE_ENTITIES } from "./entityOrder";
/** A binding's part of an entity (one campaign's lines, one segment's lines), its schema and its rows. */
export { inScope, sameScope, schemaOfBinding } from "./bindingScope";
export type { BindingScope } from "./bindingScope";
/** Hash of a record's user-editable content. */
export { contentHash } from "./contentHash";
/** Stored rows: without their metadata, or made from a record. */
export { recordOf, stripMeta, toStoredRow } from "./storedRows";
/** An issue on a cell of a bound table and the fills that highlight it. */
export type { RowIssue } from "./rowIssue";
export { ERROR_FILL, WARNING_FILL } from "./rowIssue";
/** The status cell's text and its first character. */
export { STATUS_MARK, statusText } from "./rowStatus";
/** A campaign's change carried to its price and discount lines. */
export { campaignUnitCascade, deletedCampaignNos, removedWithCampaigns } from "./campaignCascade";
export type { RemovedRecords } from "./campaignCascade";
/** Activated campaigns' target groups kept right when segment lines change. */
export { targetGroupUpkeep, withUpkeep } from "./targetGroupUpkeep";
export type { Upkeep } from "./targetGroupUpkeep";
/** Target groups of activation marks that arrive from the workbook. */
export { targetGroupsOfMarks } from "./activationMarks";
/** The lines shown above a segment sheet's table. */
export { BANNER_ROWS, segmentBanner } from "./segmentBanner";
/** A number series as stored or by default, and as stored after numbering. */
export { advancedSeries, seriesCounter, seriesRow } from "./numberSeriesRows";
/** The entities a unit of work changes. */
export { changesOf } from "./unitChanges";
/** Conflicts between copies and co-authors: their kinds, issues and resolutions; the field merge. */
export { cascadeTakes, CONFLICT_CODES, conflictIssue } from "./conflicts";
export type { Conflict, ConflictField, ConflictKind, Resolution } from "./conflicts";
export { differingFields, mergeRow } from "./rowMerge";

/** Issue 16: a change on the interaction sheets reaches the other interaction records (IR4, IR6, IR8). */
export { withInteractionCascade } from "./interactionCascade";
/** OP1, OP11: an opportunity's move writes its new active entry and deactivates the previous one, in one commit. */
export { withOpportunityCascade } from "./opportunityCascade";
/** TK7, TK11: closing a recurring task writes its next task in the same commit. */
export { withTaskCascade } from "./taskCascade";
/** TK20: a move into a stage with an activity code writes the activity's tasks in the same commit. */
export { withStageTasks } from "./stageTaskCascade";
