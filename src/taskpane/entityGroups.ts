/** How the Sheets tab groups the record kinds, and which of them are setup (reference data). */
import type { EntityKind } from "../domain";
import type { TextKey } from "./i18n";

export interface EntityGroup {
  heading: TextKey;
  entities: readonly EntityKind[];
  /** Setup sheets hold reference data; "Create all setup sheets" binds them. */
  setup: boolean;
}

export const ENTITY_GROUPS: readonly EntityGroup[] = [
  { heading: "group_campaigns", entities: ["campaignStatus", "salesperson", "campaign"], setup: true },
  {
    heading: "group_itemsCustomers",
    entities: [
      "itemDiscountGroup",
      "item",
      "itemUnitOfMeasure",
      "itemVariant",
      "currency",
      "customerPriceGroup",
      "customerDiscountGroup",
      "customer",
    ],
    setup: true,
  },
  { heading: "group_pricesDiscounts", entities: ["salesPrice", "salesLineDiscount"], setup: false },
  {
    heading: "group_contacts",
    entities: ["team", "teamMember", "contact", "interactionGroup", "interactionTemplate"],
    setup: true,
  },
  // Segment lines are edited per segment (the Segments tab opens each one's sheet); this is the all-lines sheet.
  { heading: "group_segments", entities: ["segmentLine"], setup: false },
  // What campaigns did (issue 16): sales people type or paste interactions; entries and logged segments follow.
  { heading: "group_interactions", entities: ["interactionLogEntry", "campaignEntry", "loggedSegment"], setup: false },
  // What campaigns earned (issue 17): sales cycles are setup; opportunities move through them, entries follow.
  { heading: "group_salesCycles", entities: ["salesCycle", "salesCycleStage"], setup: true },
  { heading: "group_opportunities", entities: ["opportunity", "opportunityEntry"], setup: false },
  // Salespeople's tasks (issue 18): activities and their steps are setup; tasks are typed or assigned.
  { heading: "group_activities", entities: ["activity", "activityStep"], setup: true },
  { heading: "group_tasks", entities: ["task"], setup: false },
];
