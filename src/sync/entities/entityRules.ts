/**
 * Per bound entity: how to validate a batch, how to derive fields before and after validation, where the
 * store keys it, and which other entities' changes make its rows need validating again (a deleted item
 * invalidates the price lines that use it).
 */
import {
  CAMPAIGN_SERIES,
  makeIssue,
  touchCampaign,
  validateCampaignStatuses,
  validateCampaigns,
  validateCurrencies,
  validateCustomerDiscountGroups,
  validateCustomerPriceGroups,
  validateCustomers,
  validateItemDiscountGroups,
  validateItemUnits,
  validateItemVariants,
  validateItems,
  validateSalesLineDiscounts,
  validateSalesPrices,
  validateSalespeople,
  validateContacts,
  validateInteractionGroups,
  validateInteractionTemplates,
  validateSegmentHeaders,
  validateSegmentLines,
  validateNumberSeries,
  validateCampaignActivations,
  validateTeamMembers,
  validateTeams,
  withCampaignDates,
  withContactCompany,
  withDefaultUnit,
} from "../../domain";
import type { EntityKind, EntityRecords, Issue, Lang } from "../../domain";
import { schemaFor } from "../../sheets";
import type { SheetSchema } from "../../sheets";
import type { ReferenceData } from "../../store";
import { campaignEntryRules, interactionLogEntryRules, loggedSegmentRules } from "./interactionRules";
import { opportunityEntryRules, opportunityRules, salesCycleRules, salesCycleStageRules } from "./opportunityRules";
import { activityRules, activityStepRules, taskRules } from "./taskRules";
import { prepareSegmentLines } from "./segmentLineRules";

export interface EntityRules<E extends EntityKind> {
  entity: E;
  /** The entity's general sheet; a scoped binding (one campaign's prices) has its own variant. */
  schema: SheetSchema<EntityRecords[E]>;
  validate(rows: readonly EntityRecords[E][], refs: ReferenceData, lang: Lang): Issue[];
  /** Before validation, on a row read from the sheet: `previous` is the stored row (null for a new row). */
  prepare?(record: EntityRecords[E], previous: EntityRecords[E] | null, refs: ReferenceData): EntityRecords[E];
  /**
   * Before validation, on all rows read from the sheet at once (references resolved in one pass, new rows
   * numbered after `stored`); returns the records and extra issues per row.
   */
  prepareBatch?(
    items: readonly { record: EntityRecords[E]; previous: EntityRecords[E] | null }[],
    stored: readonly EntityRecords[E][],
    refs: ReferenceData,
    lang: Lang,
    /** The date a row's change is made on (an opportunity's move, OP11). */
    today?: string,
  ): { records: EntityRecords[E][]; issues: Issue[][] };
  /** After validation, before hashing: fields the add-in derives from other records (campaign dates). */
  derive?(record: EntityRecords[E], refs: ReferenceData): EntityRecords[E];
  /**
   * Set derived fields before storing: `unchangedStored` is the stored row when the content did not change
   * (keep its derived values), else null (the row changed today).
   */
  touch?(record: EntityRecords[E], unchangedStored: EntityRecords[E] | null, today: string): EntityRecords[E];
  /**
   * A row the person deleted from the sheet that must stay (e.g. an activated campaign): the issue to show on
   * the row, which is put back; null lets the delete through.
   */
  refuseDelete?(stored: EntityRecords[E], refs: ReferenceData, lang: Lang): Issue | null;
  /**
   * What a clean row's status cell says instead of nothing: a note, not an issue (no mark, no fill, not counted).
   * It may depend on today, so each reconcile writes it afresh (TK5: what a step's date formula means).
   */
  statusNote?(record: EntityRecords[E], today: string, lang: Lang): string;
  /** Code of the number series that numbers new rows with a blank key, if any. */
  numberSeriesCode?: string;
  /** Entities whose changes require this entity's rows to be validated again. */
  dependsOn: readonly EntityKind[];
}

type RulesTable = { [E in EntityKind]: EntityRules<E> };

/** Price and discount lines: a new line (or one given another item) without a unit gets the item's sales unit. */
function prepareLine<R extends EntityRecords["salesPrice"] | EntityRecords["salesLineDiscount"]>(
  record: R,
  previous: R | null,
  refs: ReferenceData,
): R {
  const defaultUnit = withDefaultUnit as unknown as (row: R, previous: R | null, refs: ReferenceData) => R;
  return defaultUnit(record, previous, refs);
}

const rules: RulesTable = {
  interactionLogEntry: interactionLogEntryRules,
  campaignEntry: campaignEntryRules,
  loggedSegment: loggedSegmentRules,
  salesCycle: salesCycleRules,
  salesCycleStage: salesCycleStageRules,
  opportunity: opportunityRules,
  opportunityEntry: opportunityEntryRules,
  activity: activityRules,
  activityStep: activityStepRules,
  task: taskRules,
  campaignStatus: {
    entity: "campaignStatus",
    schema: schemaFor("campaignStatus"),
    validate: (rows, _refs, lang) => validateCampaignStatuses(rows, lang),
    dependsOn: [],
  },
  salesperson: {
    entity: "salesperson",
    schema: schemaFor("salesperson"),
    validate: (rows, _refs, lang) => validateSalespeople(rows, lang),
    dependsOn: [],
  },
  campaign: {
    entity: "campaign",
    schema: schemaFor("campaign"),
    validate: (rows, refs, lang) => validateCampaigns(rows, refs, lang),
    // §3: lastDateModified is set by the domain on every change, kept otherwise.
    touch: (record, unchangedStored, today) =>
      unchangedStored
        ? { ...record, lastDateModified: unchangedStored.lastDateModified }
        : touchCampaign(record, today),
    numberSeriesCode: CAMPAIGN_SERIES,
    // §3 (deviation): an activated campaign cannot be deleted; deactivate it first.
    refuseDelete: (stored, refs, lang) =>
      refs.activatedCampaigns.has(stored.no)
        ? makeIssue(0, "no", "CAMPAIGN_ACTIVATED_NO_DELETE", "error", { no: stored.no }, lang)
        : null,
    dependsOn: ["campaignStatus", "salesperson"],
  },
  itemDiscountGroup: {
    entity: "itemDiscountGroup",
    schema: schemaFor("itemDiscountGroup"),
    validate: (rows, _refs, lang) => validateItemDiscountGroups(rows, lang),
    dependsOn: [],
  },
  customerPriceGroup: {
    entity: "customerPriceGroup",
    schema: schemaFor("customerPriceGroup"),
    validate: (rows, _refs, lang) => validateCustomerPriceGroups(rows, lang),
    dependsOn: [],
  },
  customerDiscountGroup: {
    entity: "customerDiscountGroup",
    schema: schemaFor("customerDiscountGroup"),
    validate: (rows, _refs, lang) => validateCustomerDiscountGroups(rows, lang),
    dependsOn: [],
  },
  currency: {
    entity: "currency",
    schema: schemaFor("currency"),
    validate: (rows, _refs, lang) => validateCurrencies(rows, lang),
    dependsOn: [],
  },
  item: {
    entity: "item",
    schema: schemaFor("item"),
    validate: (rows, refs, lang) => validateItems(rows, refs, lang),
    dependsOn: ["itemUnitOfMeasure", "itemDiscountGroup"],
  },
  itemUnitOfMeasure: {
    entity: "itemUnitOfMeasure",
    schema: schemaFor("itemUnitOfMeasure"),
    validate: (rows, refs, lang) => validateItemUnits(rows, refs, lang),
    dependsOn: ["item"],
  },
  itemVariant: {
    entity: "itemVariant",
    schema: schemaFor("itemVariant"),
    validate: (rows, refs, lang) => validateItemVariants(rows, refs, lang),
    dependsOn: ["item"],
  },
  customer: {
    entity: "customer",
    schema: schemaFor("customer"),
    validate: (rows, refs, lang) => validateCustomers(rows, refs, lang),
    dependsOn: ["customerPriceGroup", "customerDiscountGroup", "currency"],
  },
  salesPrice: {
    entity: "salesPrice",
    schema: schemaFor("salesPrice"),
    validate: (rows, refs, lang) => validateSalesPrices(rows, refs, lang),
    prepare: prepareLine,
    derive: (record, refs) => withCampaignDates(record, refs),
    dependsOn: ["item", "itemUnitOfMeasure", "itemVariant", "currency", "customer", "customerPriceGroup", "campaign"],
  },
  contact: {
    entity: "contact",
    schema: schemaFor("contact"),
    validate: (rows, refs, lang) => validateContacts(rows, refs, lang),
    derive: (record) => withContactCompany(record),
    dependsOn: ["salesperson"],
  },
  team: {
    entity: "team",
    schema: schemaFor("team"),
    validate: (rows, _refs, lang) => validateTeams(rows, lang),
    dependsOn: [],
  },
  teamMember: {
    entity: "teamMember",
    schema: schemaFor("teamMember"),
    validate: (rows, refs, lang) => validateTeamMembers(rows, refs, lang),
    dependsOn: ["team", "salesperson"],
  },
  interactionGroup: {
    entity: "interactionGroup",
    schema: schemaFor("interactionGroup"),
    validate: (rows, _refs, lang) => validateInteractionGroups(rows, lang),
    dependsOn: [],
  },
  interactionTemplate: {
    entity: "interactionTemplate",
    schema: schemaFor("interactionTemplate"),
    validate: (rows, refs, lang) => validateInteractionTemplates(rows, refs, lang),
    dependsOn: ["interactionGroup", "campaign"],
  },
  segmentHeader: {
    entity: "segmentHeader",
    schema: schemaFor("segmentHeader"),
    validate: (rows, refs, lang) => validateSegmentHeaders(rows, refs, lang),
    dependsOn: ["campaign", "salesperson", "interactionTemplate"],
  },
  segmentLine: {
    entity: "segmentLine",
    schema: schemaFor("segmentLine"),
    validate: (rows, refs, lang) => validateSegmentLines(rows, refs, lang),
    prepareBatch: prepareSegmentLines,
    // IR10: a logged segment's lines are closed; a deleted one is put back.
    refuseDelete: (stored, refs, lang) =>
      refs.loggedSegmentNos.has(stored.segmentNo)
        ? makeIssue(0, "", "SEGMENT_LOGGED_READ_ONLY", "error", { segment: stored.segmentNo }, lang)
        : null,
    dependsOn: ["segmentHeader", "contact", "campaign", "salesperson", "interactionTemplate"],
  },
  numberSeries: {
    entity: "numberSeries",
    schema: schemaFor("numberSeries"),
    validate: (rows, _refs, lang) => validateNumberSeries(rows, lang),
    dependsOn: [],
  },
  campaignActivation: {
    entity: "campaignActivation",
    schema: schemaFor("campaignActivation"),
    validate: (rows, refs, lang) => validateCampaignActivations(rows, refs, lang),
    dependsOn: ["campaign"],
  },
  salesLineDiscount: {
    entity: "salesLineDiscount",
    schema: schemaFor("salesLineDiscount"),
    validate: (rows, refs, lang) => validateSalesLineDiscounts(rows, refs, lang),
    prepare: prepareLine,
    derive: (record, refs) => withCampaignDates(record, refs),
    dependsOn: [
      "item",
      "itemUnitOfMeasure",
      "itemVariant",
      "itemDiscountGroup",
      "currency",
      "customer",
      "customerDiscountGroup",
      "campaign",
    ],
  },
};

export function rulesFor<E extends EntityKind>(entity: E): EntityRules<E> {
  return rules[entity] as EntityRules<E>;
}
