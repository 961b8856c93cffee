/**
 * The UTF-8 length of `JSON.stringify(value)`, without building the text: the sim counts each sync's payload (Excel's
 * 5 MB limit, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
 * and a sync of 500k rows made a 4 MB string per sync on the page's heap. Values are what a sync carries (plain
 * data); a value JSON.stringify leaves out (undefined, a function) counts 0 at the top, as the text has none.
 */
export function jsonBytes(value: unknown, key = ""): number {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return jsonBytes((value as { toJSON: (key: string) => unknown }).toJSON(key), key);
  }
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4; // NaN and ±Infinity are null
    case "boolean":
      return value ? 4 : 5;
    case "object":
      if (value === null) return 4;
      return Array.isArray(value) ? arrayBytes(value) : objectBytes(value as Record<string, unknown>);
    case "bigint":
      throw new TypeError("Do not know how to serialize a BigInt");
    default:
      return 0;
  }
}

/** Left out of an object, null in an array. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function arrayBytes(items: readonly unknown[]): number {
  let n = 2 + Math.max(0, items.length - 1); // brackets and commas
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    n += omitted(item) ? 4 : jsonBytes(item, String(i));
  }
  return n;
}

function objectBytes(object: Record<string, unknown>): number {
  let n = 2;
  let members = 0;
  for (const key of Object.keys(object)) {
    const item = object[key];
    if (omitted(item)) continue;
    n += stringBytes(key) + 1 + jsonBytes(item, key);
    members++;
  }
  return n + Math.max(0, members - 1);
}

/** A string as JSON text: quoted, escaped, then UTF-8 (a lone surrogate is written as a \u escape). */
function stringBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6;
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}
