/**
 * Sheet text repeats row after row (the campaign's code, "Item", a unit of measure), and each body slice the worker
 * is sent holds its own copy of every cell's text: 500k rows were some 50 MB of duplicate strings held for the plan
 * (and kept for the next edit, SP20). Like a workbook's shared-strings table, the worker keeps one string per text,
 * so the copies die young. Only short texts, and at most LIMIT of them: ids and free text are not held twice.
 */
import type { CellValue } from "../../workbook";

const LIMIT = 10_000;
const LONGEST = 40;

export class SharedTexts {
  private readonly texts = new Map<string, string>();

  /** The row, each short text replaced by the one string already held for it (the row is changed in place). */
  share(cells: CellValue[]): CellValue[] {
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (typeof value !== "string" || value === "" || value.length > LONGEST) continue;
      const held = this.texts.get(value);
      if (held !== undefined) cells[c] = held;
      else if (this.texts.size < LIMIT) this.texts.set(value, value);
    }
    return cells;
  }

  /** Lets the texts go (a plan took the body). */
  clear(): void {
    this.texts.clear();
  }
}
