/**
 * The list of bound tables, kept in a table on a very hidden sheet so that it travels with the workbook and
 * co-authors' bindings merge row by row (docs/spec/document-layout.md). One row per binding, appended when a
 * table is bound; a workbook from before keeps its list in settings and is moved here on first open.
 */
import type { EntityKind } from "../../domain";
import type { CellValue, TableSpec, WorkbookPort } from "../../workbook";
import { RECONCILE_ORDER } from "../entities";
import type { BindingScope } from "../entities";

export interface WorkbookBinding {
  id: string;
  entity: EntityKind;
  tableName: string;
  sheetName: string;
  schemaVersion: number;
  scope?: BindingScope;
}

export const BINDINGS_TABLE = "CampaignDeskBindings";
const BINDINGS_SHEET = "CampaignDesk Bindings";
/** Language-neutral captions: the table is the add-in's, read by no person. */
const CAPTIONS = ["Binding ID", "Entity", "Table", "Sheet", "Schema version", "Campaign No.", "Segment No."];

/** The workbook's bindings from its table; null when the workbook has no such table (yet). */
export async function readBindingTable(workbook: WorkbookPort): Promise<WorkbookBinding[] | null> {
  const read = await workbook.readTable(BINDINGS_TABLE);
  if (!read) return null;
  const at = (caption: string) => read.info.header.findIndex((h) => h.trim() === caption);
  const cols = CAPTIONS.map(at);
  const bindings: WorkbookBinding[] = [];
  for (const row of read.body) {
    const cell = (k: number) => String(row[cols[k] ?? -1] ?? "").trim();
    const b = toBinding(cell(0), cell(1), cell(2), cell(3), Number(cell(4)), cell(5), cell(6));
    if (b) bindings.push(b);
  }
  return bindings;
}

/** Appends bindings to the table (created on its hidden sheet when missing), below its last used row. */
export async function appendBindings(workbook: WorkbookPort, bindings: readonly WorkbookBinding[]): Promise<void> {
  if (bindings.length === 0) return;
  await workbook.ensureTable(BINDINGS_SPEC);
  const read = await workbook.readTable(BINDINGS_TABLE);
  const body = read?.body ?? [];
  let used = body.length;
  while (used > 0 && (body[used - 1] ?? []).every((c) => String(c).trim() === "")) used--;
  const values: CellValue[][] = bindings.map((b) => [
    b.id,
    b.entity,
    b.tableName,
    b.sheetName,
    String(b.schemaVersion),
    b.scope?.campaignNo ?? "",
    b.scope?.segmentNo ?? "",
  ]);
  await workbook.writeCells(BINDINGS_TABLE, [{ rowIndex: used, colIndex: 0, values }]);
}

/** Blanks the rows of these bindings (a deleted campaign's sheets): the table's readers skip blank rows. */
export async function removeBindings(workbook: WorkbookPort, ids: ReadonlySet<string>): Promise<void> {
  const read = ids.size > 0 ? await workbook.readTable(BINDINGS_TABLE) : null;
  if (!read) return;
  const idCol = read.info.header.findIndex((h) => h.trim() === CAPTIONS[0]);
  const blank: CellValue[][] = [CAPTIONS.map(() => "")];
  const blocks = read.body.flatMap((row, rowIndex) =>
    ids.has(String(row[idCol] ?? "").trim()) ? [{ rowIndex, colIndex: 0, values: blank }] : [],
  );
  if (blocks.length > 0) await workbook.writeCells(BINDINGS_TABLE, blocks);
}

const BINDINGS_SPEC: TableSpec = {
  sheetName: BINDINGS_SHEET,
  tableName: BINDINGS_TABLE,
  hidden: true,
  columns: CAPTIONS.map((caption) => ({ caption, numberFormat: "@" })),
};

function toBinding(
  id: string,
  entity: string,
  tableName: string,
  sheetName: string,
  schemaVersion: number,
  campaignNo: string,
  segmentNo: string,
): WorkbookBinding | null {
  if (id === "" || tableName === "" || !(RECONCILE_ORDER as readonly string[]).includes(entity)) return null;
  const scope = campaignNo !== "" ? { campaignNo } : segmentNo !== "" ? { segmentNo } : undefined;
  return {
    id,
    entity: entity as EntityKind,
    tableName,
    sheetName,
    schemaVersion: Number.isFinite(schemaVersion) ? schemaVersion : 1,
    ...(scope ? { scope } : {}),
  };
}
