/**
 * Excel tables as table parts (ECMA-376 Part 1 §18.5.1.2), each related from its worksheet and listed in the sheet's
 * `<tableParts>`. Written by hand (ExcelJS's addTable wants to write the cells itself) and read by hand (ExcelJS 4.4
 * reads a table without an explicit headerRowCount as having no header row; the schema's default is 1).
 *
 * Kept: name, range, header row, id. Not kept: the style (every table is written as TableStyleMedium2 with row
 * stripes, Excel's default), filters and sort state, calculated columns. A totals row read from a file is left out of
 * the table (the sim has none; its cells stay as plain cells); a table without a header row reads with its first row
 * as the header (every table in the sim has one).
 */
import type JSZip from "jszip";
import type { Rect } from "../../excel-sim/model/address";
import { addContentTypes, addRelationships, CONTENT_TYPE, NS, readRelationships, readText, REL } from "./opcPackage";
import { rectOf, refOf } from "./refs";
import { attr, child, children, element, parseXml, path, XML_DECLARATION, type XmlNode } from "./xml";

export interface TableToWrite {
  id: number;
  name: string;
  /** Header row and body. */
  rect: Rect;
  /** Column names: the header cells' text. */
  columns: string[];
}

/** Column names as a table part needs them: non-empty and unique (Excel repairs a file whose names repeat). */
export function uniqueColumnNames(captions: readonly string[]): string[] {
  const seen = new Set<string>();
  return captions.map((caption, i) => {
    let name = caption === "" ? `Column${i + 1}` : caption;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${caption || "Column"}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function tableXml(table: TableToWrite): string {
  const ref = refOf(table.rect);
  const columns = table.columns.map((name, i) => element("tableColumn", { id: i + 1, name })).join("");
  return (
    XML_DECLARATION +
    element(
      "table",
      { xmlns: NS.main, id: table.id, name: table.name, displayName: table.name, ref, totalsRowShown: 0 },
      element("autoFilter", { ref }) +
        element("tableColumns", { count: table.columns.length }, columns) +
        element("tableStyleInfo", {
          name: "TableStyleMedium2",
          showFirstColumn: 0,
          showLastColumn: 0,
          showRowStripes: 1,
          showColumnStripes: 0,
        }),
    )
  );
}

/**
 * Writes one sheet's tables as parts `xl/tables/table<no>.xml` (numbered from `firstPartNo`), relates them from the
 * sheet and registers their content type; returns the sheet's `<tableParts>` element.
 */
export async function writeSheetTables(
  zip: JSZip,
  sheetPart: string,
  tables: readonly TableToWrite[],
  firstPartNo: number,
): Promise<string> {
  if (tables.length === 0) return "";
  const parts = tables.map((_, i) => `xl/tables/table${firstPartNo + i}.xml`);
  tables.forEach((table, i) => zip.file(parts[i] as string, tableXml(table)));
  const ids = await addRelationships(
    zip,
    sheetPart,
    parts.map((part) => ({ type: REL.table, target: `../tables/${part.slice("xl/tables/".length)}` })),
  );
  await addContentTypes(
    zip,
    parts.map((part) => ({ part, type: CONTENT_TYPE.table })),
  );
  const refs = ids.map((id) => `<tablePart r:id="${id}"/>`).join("");
  return `<tableParts xmlns:r="${NS.relationships}" count="${ids.length}">${refs}</tableParts>`;
}

export interface TableRead {
  id: number;
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function readTable(root: XmlNode | undefined): TableRead | null {
  const rect = rectOf(attr(root, "ref") ?? "");
  const name = attr(root, "displayName") ?? attr(root, "name");
  if (!rect || !name) return null;
  const totals = Number(attr(root, "totalsRowCount") ?? 0) || 0;
  const bottom = Math.max(rect.row, rect.row + rect.rows - 1 - totals);
  return {
    id: Number(attr(root, "id")) || 0,
    name,
    top: rect.row,
    left: rect.col,
    bottom,
    right: rect.col + rect.cols - 1,
  };
}

/** The tables a sheet lists in its `<tableParts>`. */
export async function readSheetTables(zip: JSZip, sheetPart: string, tail: XmlNode): Promise<TableRead[]> {
  const wanted = children(child(tail, "tableParts"), "tablePart").map((p) => attr(p, "id"));
  if (wanted.length === 0) return [];
  const rels = await readRelationships(zip, sheetPart);
  const tables: TableRead[] = [];
  for (const id of wanted) {
    const rel = rels.find((r) => r.id === id && r.type === REL.table);
    const xml = rel ? await readText(zip, rel.target) : null;
    const table = xml ? readTable(path(parseXml(xml), "table")) : null;
    if (table) tables.push(table);
  }
  return tables;
}
