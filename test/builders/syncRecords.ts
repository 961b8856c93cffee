/**
 * Plain records, table rows and a Dexie store for the sync engine's unit tests (src/sync/reconcile,
 * src/sync/operations): named keys, counter ids, a fixed clock, never random.
 */
import { DEFAULT_NUMBER_SERIES } from "../../src/domain";
import type {
  NumberSeries,
  Campaign,
  Contact,
  ContactType,
  Customer,
  EntityKind,
  Item,
  ItemUnitOfMeasure,
  Lang,
  SalesLineDiscount,
  SalesPrice,
  SegmentHeader,
  SegmentLine,
} from "../../src/domain";
import { resolveHeader, tableColumns } from "../../src/sheets";
import type { ColumnMap, SheetSchema } from "../../src/sheets";
import { createDexieSyncStore } from "../../src/store";
import type { StoredRow, SyncStore, UnitOfWork } from "../../src/store";
import type { CellValue } from "../../src/workbook";

/** The clock's readings every test uses. */
export const TODAY = "2026-11-27";
export const NOW_ISO = "2026-11-27T12:00:00.000Z";
export const CTX: { lang: Lang; today: string; nowIso: string } = { lang: "en", today: TODAY, nowIso: NOW_ISO };

/** Ids from a counter: `id1`, `id2`, … (or with another prefix). */
export function counterIds(prefix = "id"): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** The column map of a table created from `schema` (captions in `lang`). */
export function mapOf<R>(schema: SheetSchema<R>, lang: Lang = "en"): ColumnMap {
  const header = tableColumns(schema, lang).map((c) => c.caption);
  const map = resolveHeader(schema, header, lang).map;
  if (!map) throw new Error(`no column map for ${schema.tableName}`);
  return map;
}

/** One table row: cells by field name (unknown fields throw, so a typo cannot pass silently), then the system cells. */
export function cellsOf(
  map: ColumnMap,
  values: Readonly<Record<string, CellValue>>,
  meta: { rowId?: string; version?: CellValue; status?: string; base?: string } = {},
): CellValue[] {
  const cells = new Array<CellValue>(map.width).fill("");
  for (const [field, value] of Object.entries(values)) {
    const at = map.fields.get(field);
    if (at === undefined) throw new Error(`no column for field ${field}`);
    cells[at] = value;
  }
  cells[map.rowId] = meta.rowId ?? "";
  cells[map.rowVersion] = meta.version ?? "";
  cells[map.status] = meta.status ?? "";
  if (map.rowBase >= 0) cells[map.rowBase] = meta.base ?? "";
  return cells;
}

export function campaignRecord(no: string, overrides: Partial<Campaign> = {}): Campaign {
  return {
    no,
    description: `Campaign ${no}`,
    startingDate: "",
    endingDate: "",
    salespersonCode: "",
    statusCode: "",
    lastDateModified: "2026-01-01",
    ...overrides,
  };
}

/** A contact; a company is its own company, a person belongs to `companyNo`. */
export function contactRecord(
  no: string,
  type: ContactType,
  companyNo = type === "Company" ? no : "",
  overrides: Partial<Contact> = {},
): Contact {
  return {
    no,
    type,
    name: `Contact ${no}`,
    companyNo,
    salespersonCode: "",
    email: `${no.toLowerCase()}@example.com`,
    postCode: "1000",
    city: "Odense",
    countryCode: "DK",
    territoryCode: "",
    excludeFromSegment: false,
    ...overrides,
  };
}

export function customerRecord(no: string, contactNo = "", overrides: Partial<Customer> = {}): Customer {
  return {
    no,
    name: `Customer ${no}`,
    contactNo,
    customerPriceGroup: "",
    customerDiscGroup: "",
    currencyCode: "",
    ...overrides,
  };
}

export function itemRecord(no: string, overrides: Partial<Item> = {}): Item {
  return {
    no,
    description: `Item ${no}`,
    baseUnitOfMeasure: "PCS",
    salesUnitOfMeasure: "PCS",
    unitPrice: 10,
    itemDiscGroup: "",
    priceIncludesVat: false,
    ...overrides,
  };
}

export function itemUnitRecord(itemNo: string, code: string, qtyPerUnitOfMeasure = 1): ItemUnitOfMeasure {
  return { itemNo, code, qtyPerUnitOfMeasure };
}

export function segmentHeaderRecord(no: string, overrides: Partial<SegmentHeader> = {}): SegmentHeader {
  return {
    no,
    description: `Segment ${no}`,
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    unitCost: 0,
    unitDuration: 0,
    date: "",
    ...overrides,
  };
}

export function segmentLineRecord(
  segmentNo: string,
  lineNo: number,
  contactNo: string,
  contactCompanyNo: string,
  overrides: Partial<SegmentLine> = {},
): SegmentLine {
  return {
    segmentNo,
    lineNo,
    contactNo,
    contactCompanyNo,
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    description: "",
    cost: 0,
    duration: 0,
    date: "",
    evaluation: "",
    attemptFailed: false,
    ...overrides,
  };
}

/** A campaign price line (salesType Campaign) unless overridden. */
export function salesPriceRecord(id: string, overrides: Partial<SalesPrice> = {}): SalesPrice {
  return {
    id,
    itemNo: "I1",
    salesType: "Campaign",
    salesCode: "CP0003",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    unitPrice: 5,
    priceIncludesVat: false,
    allowLineDisc: true,
    allowInvoiceDisc: true,
    minimumQuantity: 0,
    unitOfMeasureCode: "PCS",
    variantCode: "",
    ...overrides,
  };
}

/** A campaign line discount (type Item, salesType Campaign) unless overridden. */
export function salesLineDiscountRecord(id: string, overrides: Partial<SalesLineDiscount> = {}): SalesLineDiscount {
  return {
    id,
    type: "Item",
    code: "I1",
    salesType: "Campaign",
    salesCode: "CP0003",
    currencyCode: "",
    startingDate: "",
    endingDate: "",
    lineDiscountPct: 10,
    minimumQuantity: 0,
    unitOfMeasureCode: "PCS",
    variantCode: "",
    ...overrides,
  };
}

let dbCounter = 0;

/** A Dexie store on fake-indexeddb under a name no other test uses, with the default number series. */
export async function openSyncStore(
  prefix: string,
  series: { campaignManualNos?: boolean; segmentManualNos?: boolean } = {},
): Promise<SyncStore> {
  const store = createDexieSyncStore({ name: `${prefix}-${++dbCounter}` });
  const rows = DEFAULT_NUMBER_SERIES.flatMap((s) => {
    const manual = s.code === "CAMPAIGN" ? series.campaignManualNos : series.segmentManualNos;
    return manual === undefined ? [] : [seriesRow({ ...s, manualNos: manual })];
  });
  if (rows.length > 0) await commitRows(store, "numberSeries", rows);
  return store;
}

/** A number series as stored (the default series need no row: they apply until one is stored). */
export function seriesRow(series: NumberSeries): StoredRow<"numberSeries"> {
  return { ...series, rowId: `series-${series.code}`, rowVersion: 1, rowHash: `h-series-${series.code}` };
}

/** Commits rows of one entity (and whatever `extra` adds: segments, target groups, a binding…). */
export function commitRows<E extends EntityKind>(
  store: SyncStore,
  entity: E,
  puts: readonly StoredRow<E>[],
  extra: Partial<UnitOfWork<E>> = {},
): Promise<void> {
  const log = { at: NOW_ISO, bindingId: "", entity, origin: "seed", puts: puts.length, deletes: 0, keys: [] };
  const unit: UnitOfWork<E> = { entity, deletes: [], puts, log, ...extra };
  return store.commit(unit as unknown as UnitOfWork);
}
