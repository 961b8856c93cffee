/**
 * A binding is an entity's general sheet or part of one: a campaign's price or discount lines ("Prices
 * CP0003"), a segment's lines ("Segment SEG0001"). The scope decides the sheet's schema and which stored
 * rows it shows.
 */
import type { EntityKind } from "../../domain";
import { campaignDiscountSchema, campaignPriceSchema, schemaFor, segmentLineSchema } from "../../sheets";
import type { SheetSchema } from "../../sheets";

/** A sheet that shows part of an entity: one campaign's price or discount lines, or one segment's lines. */
export interface BindingScope {
  campaignNo?: string;
  segmentNo?: string;
}

/** Two scopes name the same part (both absent: the entity's general sheet). */
export function sameScope(a: BindingScope | undefined, b: BindingScope | undefined): boolean {
  return a?.campaignNo === b?.campaignNo && a?.segmentNo === b?.segmentNo;
}

/** The sheet schema of a binding: the entity's own, or the variant for one campaign's or one segment's lines. */
export function schemaOfBinding(entity: EntityKind, scope: BindingScope | undefined): SheetSchema<unknown> {
  const { campaignNo, segmentNo } = scope ?? {};
  if (campaignNo !== undefined && entity === "salesPrice") return erase(campaignPriceSchema(campaignNo));
  if (campaignNo !== undefined && entity === "salesLineDiscount") return erase(campaignDiscountSchema(campaignNo));
  if (segmentNo !== undefined && entity === "segmentLine") return erase(segmentLineSchema(segmentNo));
  if (scope) throw new Error(`No scoped sheet for ${entity}`);
  return erase(schemaFor(entity));
}

/** Whether a stored record belongs to a scoped sheet. */
export function inScope(scope: BindingScope | undefined, record: unknown): boolean {
  if (!scope) return true;
  const r = record as { salesType?: string; salesCode?: string; segmentNo?: string };
  if (scope.campaignNo !== undefined) return r.salesType === "Campaign" && r.salesCode === scope.campaignNo;
  return r.segmentNo === scope.segmentNo;
}

// A binding may be of any kind: the engine handles its rows without knowing their record type.
const erase = <R>(schema: SheetSchema<R>) => schema as unknown as SheetSchema<unknown>;
