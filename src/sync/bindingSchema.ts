/** The sheet schema of a binding: the entity's own, or the variant for one campaign's lines or one segment's lines. */
import type { EntityKind } from "../domain/types";
import { campaignDiscountSchema, campaignPriceSchema, schemaFor, segmentLineSchema } from "../sheets";
import type { SheetSchema } from "../sheets";
import type { BindingScope } from "./bindingMetadata";

export function schemaOfBinding(entity: EntityKind, scope: BindingScope | undefined): SheetSchema<unknown> {
  const { campaignNo, segmentNo } = scope ?? {};
  if (campaignNo !== undefined && entity === "salesPrice") return cast(campaignPriceSchema(campaignNo));
  if (campaignNo !== undefined && entity === "salesLineDiscount") return cast(campaignDiscountSchema(campaignNo));
  if (segmentNo !== undefined && entity === "segmentLine") return cast(segmentLineSchema(segmentNo));
  if (scope) throw new Error(`No scoped sheet for ${entity}`);
  return schemaFor(entity);
}

/** Whether a stored record belongs to a scoped sheet. */
export function inScope(scope: BindingScope | undefined, record: unknown): boolean {
  if (!scope) return true;
  const r = record as { salesType?: string; salesCode?: string; segmentNo?: string };
  if (scope.campaignNo !== undefined) return r.salesType === "Campaign" && r.salesCode === scope.campaignNo;
  return r.segmentNo === scope.segmentNo;
}

// The casts forget the record type; the engine handles any kind.
const cast = <R>(schema: SheetSchema<R>) => schema as unknown as SheetSchema<unknown>;
