/** What the pure row planning needs: the table as read, the store's rows and reference data, the clock's readings. */
import type { EntityKind, EntityRecords, Lang } from "../../domain";
import type { ColumnMap, SheetSchema } from "../../sheets";
import type { BindingRecord, ReferenceData, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import type { EntityRules } from "../entities";

export interface PlanInput<E extends EntityKind> {
  binding: BindingRecord;
  rules: EntityRules<E>;
  /** The binding's schema: the entity's own, or a scoped variant (one campaign's lines). */
  schema: SheetSchema<EntityRecords[E]>;
  map: ColumnMap;
  /** Excel number format of a body cell, for percent columns (absent: unknown). */
  formatOf?: (sheetRow: number, colIndex: number) => string;
  body: readonly (readonly CellValue[])[];
  stored: readonly StoredRow<E>[];
  /** Row ids of the entity the store saw deleted: a sheet row with such an id was deleted elsewhere. */
  tombstones: ReadonlySet<string>;
  refs: ReferenceData;
  /** The entity's number series when it has one (campaign numbers): stored, or the default (row id ""). */
  series?: StoredRow<"numberSeries"> | undefined;
  lang: Lang;
  today: string;
  nowIso: string;
  newId: () => string;
  /** Milliseconds clock for the timings in the plan (absent: timings are 0). */
  timer?: () => number;
}
