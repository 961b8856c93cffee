/**
 * A worksheet part split at the end of its `<sheetData>`: the cells (large: 100k rows are tens of MB) stay bytes,
 * only the small tail after them — conditional formats, validations, table parts… — is decoded, read and edited.
 */
import { parseXml, type XmlNode } from "./xml";

const MARK = new TextEncoder().encode("sheetData");
const GT = ">".charCodeAt(0);

export interface SplitSheet {
  /** Everything up to and including the end of `</sheetData>` (or `<sheetData/>`). */
  head: Uint8Array;
  /** The rest: the elements after the cells, and the root's closing tag. */
  tail: string;
}

/** Splits at the last "sheetData" (the closing tag: cell text inside sheetData cannot come after it). */
export function splitSheet(bytes: Uint8Array): SplitSheet {
  let at = -1;
  outer: for (let i = bytes.length - MARK.length; i >= 0; i--) {
    for (let j = 0; j < MARK.length; j++) if (bytes[i + j] !== MARK[j]) continue outer;
    at = i;
    break;
  }
  if (at < 0) throw new Error("A worksheet part has no sheetData.");
  let end = at + MARK.length;
  while (end < bytes.length && bytes[end] !== GT) end++;
  end++;
  return { head: bytes.subarray(0, end), tail: new TextDecoder().decode(bytes.subarray(end)) };
}

export function joinSheet(split: SplitSheet): Uint8Array {
  const tail = new TextEncoder().encode(split.tail);
  const out = new Uint8Array(split.head.length + tail.length);
  out.set(split.head, 0);
  out.set(tail, split.head.length);
  return out;
}

/** The tail's elements parsed as children of one node (the root's closing tag is left out). */
export function parseTail(tail: string): XmlNode {
  const close = tail.lastIndexOf("</");
  const body = close >= 0 ? tail.slice(0, close) : tail;
  return (parseXml(`<tail>${body}</tail>`)["tail"] as XmlNode[] | undefined)?.[0] ?? {};
}

/** CT_Worksheet's elements after sheetData, in schema order (ECMA-376 Part 1, §18.3.1.99). */
const ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Inserts `xml` (elements named `name`) into an unprefixed tail at its place in schema order. */
export function insertInTail(tail: string, name: string, xml: string): string {
  const followers = ORDER.slice(ORDER.indexOf(name) + 1);
  let at = tail.lastIndexOf("</");
  for (const follower of followers) {
    const found = tail.search(new RegExp(`<${follower}[\\s/>]`));
    if (found >= 0 && found < at) at = found;
  }
  return tail.slice(0, at) + xml + tail.slice(at);
}
