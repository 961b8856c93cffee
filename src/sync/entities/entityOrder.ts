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
];
