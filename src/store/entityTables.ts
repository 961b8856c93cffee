/**
 * Where each bound entity is kept: its own table (one record per row, by its store key), or in `lineBuckets` (chunked,
 * by row id). Apart from the schema versions so that the bucket layout (lineBuckets.ts) and the versions' upgrades can
 * both use it.
 */
import type { EntityKind } from "../domain";
import type { StoredRow } from "./storeTypes";

/** Where an entity is kept: its own table (one record per row), or chunked into `lineBuckets`. */
export interface EntityTable {
  /** The Dexie table; `lineBuckets` for chunked entities. */
  table: string;
  /** The store key field: what `UnitOfWork.deletes` lists. */
  key: string;
  chunked: boolean;
  /** A field no two stored rows may share (a chunked entity's BC key the store itself guarantees, ST16). */
  unique?: string;
}

/** Table, store key field and layout per bound entity. */
export const ENTITY_TABLES = {
  campaignStatus: { table: "campaignStatus", key: "code", chunked: false },
  salesperson: { table: "salesperson", key: "code", chunked: false },
  campaign: { table: "lineBuckets", key: "rowId", chunked: true, unique: "no" },
  itemDiscountGroup: { table: "itemDiscountGroup", key: "code", chunked: false },
  customerPriceGroup: { table: "customerPriceGroup", key: "code", chunked: false },
  customerDiscountGroup: { table: "customerDiscountGroup", key: "code", chunked: false },
  currency: { table: "currency", key: "code", chunked: false },
  item: { table: "item", key: "no", chunked: false },
  customer: { table: "customer", key: "no", chunked: false },
  itemUnitOfMeasure: { table: "itemUnitOfMeasure", key: "rowId", chunked: false },
  itemVariant: { table: "itemVariant", key: "rowId", chunked: false },
  salesPrice: { table: "lineBuckets", key: "rowId", chunked: true },
  salesLineDiscount: { table: "lineBuckets", key: "rowId", chunked: true },
  contact: { table: "contact", key: "no", chunked: false },
  team: { table: "team", key: "code", chunked: false },
  teamMember: { table: "teamMember", key: "rowId", chunked: false },
  interactionGroup: { table: "interactionGroup", key: "code", chunked: false },
  interactionTemplate: { table: "interactionTemplate", key: "code", chunked: false },
  segmentHeader: { table: "segmentHeader", key: "no", chunked: false },
  segmentLine: { table: "lineBuckets", key: "rowId", chunked: true },
  numberSeries: { table: "numberSeries", key: "code", chunked: false },
  campaignActivation: { table: "campaignActivation", key: "campaignNo", chunked: false },
  loggedSegment: { table: "loggedSegment", key: "rowId", chunked: false },
  campaignEntry: { table: "campaignEntry", key: "rowId", chunked: false },
  interactionLogEntry: { table: "lineBuckets", key: "rowId", chunked: true },
  salesCycle: { table: "salesCycle", key: "code", chunked: false },
  salesCycleStage: { table: "salesCycleStage", key: "rowId", chunked: false },
  opportunity: { table: "opportunity", key: "no", chunked: false },
  opportunityEntry: { table: "opportunityEntry", key: "rowId", chunked: false },
  activity: { table: "activity", key: "code", chunked: false },
  activityStep: { table: "activityStep", key: "rowId", chunked: false },
  task: { table: "lineBuckets", key: "rowId", chunked: true },
} as const satisfies Record<EntityKind, EntityTable>;

/** Entities stored in buckets rather than one record per row. */
export type ChunkedEntity = {
  [E in EntityKind]: (typeof ENTITY_TABLES)[E]["chunked"] extends true ? E : never;
}[EntityKind];

export function isChunked(entity: EntityKind): entity is ChunkedEntity {
  return ENTITY_TABLES[entity].chunked;
}

/** The key a row is stored under (what `UnitOfWork.deletes` must list for it). */
export function storeKeyOf<E extends EntityKind>(entity: E, row: StoredRow<E>): string {
  return String((row as unknown as Record<string, unknown>)[ENTITY_TABLES[entity].key] ?? "");
}
