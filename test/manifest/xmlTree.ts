// A small ordered element tree over fast-xml-parser's preserveOrder output, so manifest checks can reason about
// child order, attributes and text without the parser's array-of-single-key-objects shape.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  readonly name: string;
  /** Name without namespace prefix, e.g. `Image`. */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Child elements in document order (comments and text left out). */
  readonly children: readonly XmlElement[];
  /** The element's own text content, trimmed. */
  readonly text: string;
  /** Location for messages, e.g. `OfficeApp/VersionOverrides/Hosts/Host[1]`. */
  readonly path: string;
}

/** One node of fast-xml-parser's preserveOrder output: `{ tag: children, ":@": attributes }` or `{ "#text": … }`. */
type OrderedNode = Record<string, unknown>;

const ATTRS = ":@";

/** Parses XML into an element tree; throws with the parser's line and message when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) {
    const { line, col, msg } = verdict.err;
    throw new Error(`not well-formed XML at line ${line}, column ${col}: ${msg}`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  const top = parser.parse(xml) as OrderedNode[];
  const roots = top.filter((node) => tagOf(node) !== undefined);
  if (roots.length !== 1 || roots[0] === undefined) throw new Error(`expected one root element, found ${roots.length}`);
  return toElement(roots[0], "");
}

/** The element tag of a node, or undefined for text, comments and the XML declaration. */
function tagOf(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ATTRS && !key.startsWith("#") && !key.startsWith("?"));
}

function toElement(node: OrderedNode, parentPath: string, index?: number): XmlElement {
  const name = tagOf(node) ?? "";
  const path = `${parentPath ? `${parentPath}/` : ""}${name}${index === undefined ? "" : `[${index}]`}`;
  const rawAttrs = (node[ATTRS] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = String(value);
  const content = (node[name] ?? []) as OrderedNode[];
  const childNodes = content.filter((child) => tagOf(child) !== undefined);
  const text = content
    .map((child) => child["#text"])
    .filter((value) => value !== undefined)
    .map(String)
    .join("")
    .trim();
  const counts = new Map<string, number>();
  for (const child of childNodes) {
    const tag = tagOf(child) ?? "";
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const children = childNodes.map((child) => {
    const tag = tagOf(child) ?? "";
    const nth = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, nth);
    return toElement(child, path, (counts.get(tag) ?? 0) > 1 ? nth : undefined);
  });
  return { name, local: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name, attrs, children, text, path };
}

/** Every element of the tree, depth first, root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) out.push(...allElements(child));
  return out;
}

/** Children with the given local name. */
export function childrenNamed(element: XmlElement | undefined, local: string): XmlElement[] {
  return element ? element.children.filter((child) => child.local === local) : [];
}

/** Follows a path of local names from `element`, taking the first match at each step. */
export function descend(element: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let current = element;
  for (const local of locals) current = childrenNamed(current, local)[0];
  return current;
}
