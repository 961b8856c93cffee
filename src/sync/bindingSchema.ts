/** The sheet schema of a binding: the entity's own, or the variant for one campaign's price or discount lines. */
import type { EntityKind } from "../domain/types";
import { campaignDiscountSchema, campaignPriceSchema, schemaFor } from "../sheets";
import type { SheetSchema } from "../sheets";
import type { BindingScope } from "./bindingMetadata";

export function schemaOfBinding(entity: EntityKind, scope: BindingScope | undefined): SheetSchema<unknown> {
  if (!scope) return schemaFor(entity);
  if (entity === "salesPrice") return campaignPriceSchema(scope.campaignNo) as unknown as SheetSchema<unknown>;
  if (entity === "salesLineDiscount")
    return campaignDiscountSchema(scope.campaignNo) as unknown as SheetSchema<unknown>;
  throw new Error(`No scoped sheet for ${entity}`);
}

/** Entities that have one sheet per campaign besides their general sheet. */
export const SCOPED_ENTITIES: readonly EntityKind[] = ["salesPrice", "salesLineDiscount"];
