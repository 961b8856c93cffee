/**
 * The Open Packaging Conventions side of an .xlsx (ECMA-376 Part 2): part names, relationships, content types, and
 * the workbook's sheet list. Works on a JSZip archive.
 */
import type JSZip from "jszip";
import { attr, children, element, parseXml, path, XML_DECLARATION } from "./xml";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

export const REL = {
  officeDocument: `${NS.relationships}/officeDocument`,
  worksheet: `${NS.relationships}/worksheet`,
  styles: `${NS.relationships}/styles`,
  table: `${NS.relationships}/table`,
  /** [MS-OWEXML]: from the package to the task panes part, and from it to each web extension part. */
  webExtensionTaskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;

export const CONTENT_TYPE = {
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  webExtensionTaskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webExtension: "application/vnd.ms-office.webextension+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved to a part name without the leading "/" (external targets are kept as written). */
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

export async function readText(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async("string") : null;
}

export async function readRelationships(zip: JSZip, sourcePart: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(sourcePart));
  if (xml === null) return [];
  const root = path(parseXml(xml), "Relationships");
  return children(root, "Relationship").map((rel) => {
    const external = attr(rel, "TargetMode") === "External";
    const target = attr(rel, "Target") ?? "";
    return {
      id: attr(rel, "Id") ?? "",
      type: attr(rel, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Adds relationships to a part's .rels (creating it), with fresh ids; returns the ids in order. */
export async function addRelationships(
  zip: JSZip,
  sourcePart: string,
  rels: readonly { type: string; target: string }[],
): Promise<string[]> {
  const relsPath = relsPathOf(sourcePart);
  const existing =
    (await readText(zip, relsPath)) ??
    `${XML_DECLARATION}<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  const taken = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let next = 1;
  const ids: string[] = [];
  let added = "";
  for (const rel of rels) {
    while (taken.has(`rId${next}`)) next++;
    const id = `rId${next}`;
    taken.add(id);
    ids.push(id);
    added += element("Relationship", { Id: id, Type: rel.type, Target: rel.target });
  }
  const closed = existing.replace(/<Relationships([^>]*)\/>\s*$/, "<Relationships$1></Relationships>");
  zip.file(relsPath, closed.replace(/<\/Relationships>\s*$/, `${added}</Relationships>`));
  return ids;
}

/** Adds `<Override>` entries to [Content_Types].xml. */
export async function addContentTypes(zip: JSZip, overrides: readonly { part: string; type: string }[]): Promise<void> {
  const xml = await readText(zip, "[Content_Types].xml");
  if (xml === null) throw new Error("The package has no [Content_Types].xml.");
  const added = overrides.map((o) => element("Override", { PartName: `/${o.part}`, ContentType: o.type })).join("");
  zip.file("[Content_Types].xml", xml.replace(/<\/Types>\s*$/, `${added}</Types>`));
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetPart {
  name: string;
  /** The file's sheetId (Excel's Worksheet.id is built from it). */
  sheetId: number;
  state: SheetState;
  /** Part name of the worksheet, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookPart {
  /** Part name of the workbook, normally "xl/workbook.xml". */
  part: string;
  sheets: SheetPart[];
  /** Index (in `sheets`) of the active sheet: bookViews/workbookView/@activeTab. */
  activeTab: number;
  /** The workbook's styles part, if any. */
  stylesPart: string | null;
}

/** Reads the workbook part: its sheets in tab order (worksheets only; chart sheets are left out) and the active tab. */
export async function readWorkbookPart(zip: JSZip): Promise<WorkbookPart | null> {
  const officeDocument = (await readRelationships(zip, "")).find((r) => r.type === REL.officeDocument);
  const part = officeDocument?.target ?? "xl/workbook.xml";
  const xml = await readText(zip, part);
  if (xml === null) return null;
  const rels = await readRelationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const workbook = path(parseXml(xml), "workbook");
  const sheets: SheetPart[] = [];
  for (const sheet of children(path(workbook, "sheets"), "sheet")) {
    const rel = byId.get(attr(sheet, "id") ?? "");
    if (!rel || rel.type !== REL.worksheet) continue;
    const state = attr(sheet, "state");
    sheets.push({
      name: attr(sheet, "name") ?? "",
      sheetId: Number(attr(sheet, "sheetId")) || 0,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part: rel.target,
    });
  }
  const activeTab = Number(attr(path(workbook, "bookViews", "workbookView"), "activeTab") ?? 0) || 0;
  const styles = rels.find((r) => r.type === REL.styles);
  return { part, sheets, activeTab, stylesPart: styles?.target ?? null };
}
