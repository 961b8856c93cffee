/**
 * Per bound entity: its sheet schema, how to validate a batch, and which other entities' changes make
 * its rows need validating again (a deleted status code invalidates campaigns that use it).
 */
import { touchCampaign, validateCampaignStatuses, validateCampaigns, validateSalespeople } from "../domain";
import type { EntityKind, Issue, Lang } from "../domain/types";
import { campaignSchema, campaignStatusSchema, salespersonSchema } from "../sheets";
import type { SheetSchema } from "../sheets";
import type { EntityRecords, ReferenceData } from "../store";

export interface EntityRules<E extends EntityKind> {
  entity: E;
  schema: SheetSchema<EntityRecords[E]>;
  validate(rows: readonly EntityRecords[E][], refs: ReferenceData, lang: Lang): Issue[];
  /**
   * Set derived fields before storing: `unchangedStored` is the stored row when the content did not change
   * (keep its derived values), else null (the row changed today).
   */
  touch?(record: EntityRecords[E], unchangedStored: EntityRecords[E] | null, today: string): EntityRecords[E];
  /** Code of the number series that numbers new rows with a blank key, if any. */
  numberSeriesCode?: string;
  /** Entities whose changes require this entity's rows to be validated again. */
  dependsOn: readonly EntityKind[];
}

const rules: { [E in EntityKind]: EntityRules<E> } = {
  campaignStatus: {
    entity: "campaignStatus",
    schema: campaignStatusSchema,
    validate: (rows, _refs, lang) => validateCampaignStatuses(rows, lang),
    dependsOn: [],
  },
  salesperson: {
    entity: "salesperson",
    schema: salespersonSchema,
    validate: (rows, _refs, lang) => validateSalespeople(rows, lang),
    dependsOn: [],
  },
  campaign: {
    entity: "campaign",
    schema: campaignSchema,
    validate: (rows, refs, lang) => validateCampaigns(rows, refs, lang),
    // §3: lastDateModified is set by the domain on every change, kept otherwise.
    touch: (record, unchangedStored, today) =>
      unchangedStored
        ? { ...record, lastDateModified: unchangedStored.lastDateModified }
        : touchCampaign(record, today),
    numberSeriesCode: "CAMPAIGN",
    dependsOn: ["campaignStatus", "salesperson"],
  },
};

export function rulesFor<E extends EntityKind>(entity: E): EntityRules<E> {
  return rules[entity] as EntityRules<E>;
}

export const ENTITY_ORDER: readonly EntityKind[] = ["campaignStatus", "salesperson", "campaign"];
