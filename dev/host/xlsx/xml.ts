/**
 * Small XML helpers for the package parts ExcelJS does not model. Parsing goes through fast-xml-parser with every
 * element as an array and namespace prefixes dropped (`x:cfRule` and `cfRule` read alike, `r:id` reads as `id`);
 * entities, numeric character references included, are decoded here (fast-xml-parser leaves `&#10;` as is).
 */
import { XMLParser } from "fast-xml-parser";

/** A parsed element: attributes under "@_name", child elements under their local name, text under "#text". */
export interface XmlNode {
  [key: string]: unknown;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

/** Escapes text for an attribute value or element content; tabs and line breaks survive attribute normalisation. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  attributeValueProcessor: (_name, value) => decodeXml(value),
  tagValueProcessor: (_name, value) => decodeXml(value),
});

export function parseXml(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

function asNode(value: unknown): XmlNode {
  return typeof value === "object" && value !== null ? (value as XmlNode) : { "#text": String(value ?? "") };
}

/** Child elements by local name. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const list = node?.[name];
  return Array.isArray(list) ? list.map(asNode) : [];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** Follows a path of local names, taking the first element at each step. */
export function path(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let at = node;
  for (const name of names) at = child(at, name);
  return at;
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

export function text(node: XmlNode | undefined): string {
  const value = node?.["#text"];
  return typeof value === "string" ? value : "";
}

/** xsd:boolean ("1"/"true", "0"/"false"); `fallback` when absent. */
export function boolAttr(node: XmlNode | undefined, name: string, fallback: boolean): boolean {
  const value = attr(node, name);
  if (value === undefined) return fallback;
  return value === "1" || value === "true";
}

/** `<name a="1" b="x"/>` with escaped values; undefined attributes are left out. */
export function element(name: string, attrs: Record<string, string | number | undefined>, body?: string): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  return body === undefined ? `<${name}${list}/>` : `<${name}${list}>${body}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
