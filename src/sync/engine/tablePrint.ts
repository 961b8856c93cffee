/**
 * The print of a table as read (rule SP40): one pass over its cells, with the plan request that goes with them
 * (column map, header row, formats, cell kinds, language, day, binding…, but not the time of the request). Two
 * 32-bit FNV-1a hashes with different seeds over every cell's type and text: an unchanged table prints the same,
 * any changed cell (a number typed as text too) prints otherwise.
 */
import type { CellValue } from "../../workbook";
import type { TablePlanRequest } from "../reconcile";

export function tablePrint(request: TablePlanRequest, body: readonly (readonly CellValue[])[]): string {
  const { nowIso: _now, bodyPrint: _print, ...rest } = request;
  const h = new Hashes();
  h.text(JSON.stringify(rest, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
  h.text(`#${body.length}`);
  for (const row of body) {
    h.text(`|${row.length}`);
    for (const cell of row) h.cell(cell);
  }
  return h.done();
}

class Hashes {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  cell(value: CellValue): void {
    if (typeof value === "string") {
      this.char(115);
      this.text(value);
    } else if (typeof value === "number") {
      this.char(110);
      this.text(Object.is(value, -0) ? "-0" : String(value));
    } else if (typeof value === "boolean") this.char(value ? 116 : 102);
    else this.char(value === null ? 122 : 117);
    this.char(31);
  }

  text(s: string): void {
    let { a, b } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }

  private char(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  done(): string {
    return `${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`;
  }
}
