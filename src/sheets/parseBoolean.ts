/**
 * Reading a yes/no cell. Accepted, case-insensitive, in both languages: TRUE/FALSE (Excel's own values,
 * and SAND/FALSK as Danish Excel shows them), Yes/No, Ja/Nej, 1/0, and x for yes. Blank is no.
 */
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import type { BooleanFailure } from "./cellMessages";

export type BooleanResult = { ok: true; value: boolean } | { ok: false; reason: BooleanFailure };

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ["", false],
  ["true", true],
  ["false", false],
  ["sand", true],
  ["falsk", false],
  ["yes", true],
  ["no", false],
  ["ja", true],
  ["nej", false],
  ["1", true],
  ["0", false],
  ["x", true],
]);

/** A yes/no cell as a boolean, or why it is not one. `lang` is unused: both languages' words are accepted. */
export function parseBoolean(value: CellValue, _lang: Lang): BooleanResult {
  if (typeof value === "boolean") return { ok: true, value };
  if (typeof value === "number") {
    return value === 1 || value === 0 ? { ok: true, value: value === 1 } : { ok: false, reason: "notBoolean" };
  }
  const word = WORDS.get(value.trim().toLowerCase());
  return word === undefined ? { ok: false, reason: "notBoolean" } : { ok: true, value: word };
}
