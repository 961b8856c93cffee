/**
 * Reading an option cell: one of a column's named values (a sales type, a discount type). The cell may hold
 * the value's name (`CustomerPriceGroup`) or its caption in either language (`Customer Price Group`,
 * `Debitorprisgruppe`); case, spaces and periods do not matter (`item disc group` = `Item Disc. Group`).
 * Anything else is refused: an option is never guessed from a prefix or a number.
 */
import type { CellValue } from "../workbook";
import type { OptionDef } from "./schemaTypes";

export type OptionResult = { ok: true; value: string } | { ok: false };

interface Lookup {
  /** Exactly as written in the schema: the fast path for pasted bulk text. */
  exact: Map<string, string>;
  /** Lower-case without spaces and periods. */
  loose: Map<string, string>;
}

const IGNORED = /[\s.]+/g;
const MAX_REMEMBERED = 256;
const lookups = new WeakMap<readonly OptionDef[], Lookup>();

/** The option value a cell names, or a failure. Blank is not an option (the row codec keeps the field's default). */
export function parseOption(value: CellValue, options: readonly OptionDef[]): OptionResult {
  if (typeof value !== "string") return { ok: false };
  const lookup = lookupFor(options);
  let found = lookup.exact.get(value);
  if (found === undefined) {
    found = lookup.loose.get(looseKey(value));
    if (found === undefined) return { ok: false };
    // A paste repeats the same spelling on every row: remember it (bounded, users spell options few ways).
    if (lookup.exact.size < MAX_REMEMBERED) lookup.exact.set(value, found);
  }
  return { ok: true, value: found };
}

function lookupFor(options: readonly OptionDef[]): Lookup {
  let lookup = lookups.get(options);
  if (!lookup) {
    lookup = { exact: new Map(), loose: new Map() };
    for (const o of options) {
      for (const text of [o.value, o.caption.en, o.caption.da]) {
        lookup.exact.set(text, o.value);
        lookup.loose.set(looseKey(text), o.value);
      }
    }
    lookups.set(options, lookup);
  }
  return lookup;
}

function looseKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(IGNORED, "");
}
