/**
 * The table memory of the planner for an in-body edit (rule SP20): per binding planned only-what-changed (SP6), the
 * body its last plan saw, with its percent formats and cell kinds. An edit's plan takes it with the rows the engine
 * read again (the edited rows and the rows its last write-back wrote) put in, and plans it as a whole read would:
 * the same plan, the same store, statuses and fills, without the table crossing to the planner again. Flagged rows
 * that are not stored are in it, so duplicates are found among them as in a full plan.
 */
import type { CellValue } from "../../workbook";
import type { TablePlanRequest } from "./reconcileTypes";
import { plansIncrementally } from "./rowMemo";

/** Rows the engine read again for an in-body edit: each with every cell's number format, and the cells' kinds. */
export interface BodyPatch {
  /** Body rows as the engine's shape check found them (the held body must have as many). */
  bodyRows: number;
  rows: readonly { index: number; cells: CellValue[]; formats: readonly string[] }[];
  errorCells: readonly (readonly [number, number])[];
  dateCells: readonly (readonly [number, number])[];
}

interface HeldBody {
  /** What a request must agree on for the body to be this binding's table as planned (columns, header row…). */
  shape: string;
  body: CellValue[][];
  formats: Map<number, string[]>;
  errorCells: [number, number][];
  dateCells: [number, number][];
  /** Body rows whose history the last plan loaded (SP25). */
  historyRows: readonly number[];
}

/** Bodies kept at most, and rows in all of them (the most recently planned bindings stay; 500k lines are not kept). */
const MAX_HELD = 4;
const MAX_HELD_ROWS = 250_000;

function shapeOf(request: TablePlanRequest): string {
  const { map } = request;
  return JSON.stringify([
    request.entity,
    request.scope ?? null,
    request.headerRow ?? 0,
    [...map.fields],
    [map.status, map.rowId, map.rowVersion, map.rowBase, map.width],
    map.extra.map((c) => c.caption),
  ]);
}

export class HeldBodies {
  private readonly held = new Map<string, HeldBody>();

  /** After a plan from a whole read: keep its body (only for entities planned only-what-changed). */
  keep(request: TablePlanRequest, body: readonly (readonly CellValue[])[], historyRows: readonly number[] = []): void {
    this.held.delete(request.bindingId);
    if (!plansIncrementally(request.entity)) return;
    const formats = new Map<number, string[]>();
    for (const [col, column] of request.formats ?? []) formats.set(col, [...column]);
    this.held.set(request.bindingId, {
      shape: shapeOf(request),
      body: body as CellValue[][],
      formats,
      errorCells: (request.errorCells ?? []).map(([r, c]) => [r, c]),
      dateCells: (request.dateCells ?? []).map(([r, c]) => [r, c]),
      historyRows,
    });
    let rows = 0;
    for (const h of this.held.values()) rows += h.body.length;
    for (const [id, h] of this.held) {
      if (this.held.size <= MAX_HELD && rows <= MAX_HELD_ROWS) break;
      this.held.delete(id);
      rows -= h.body.length;
    }
  }

  /** Forgets a binding's body (its plan failed or was not committed): its next edit takes the full path. */
  forget(bindingId: string): void {
    this.held.delete(bindingId);
  }

  /**
   * The request and body of a whole read, made from the held body with the patch's rows put in; null when no body is
   * held for the request's binding and shape, or the patch does not fit it (the engine then reads the whole table).
   * `historyOf`: the body rows whose history may be needed (SP25): those read, and those whose history the last plan
   * loaded; every other row's base cell and stored row are as that plan found them, its base its stored hash.
   */
  patched(
    request: TablePlanRequest,
    patch: BodyPatch,
  ): {
    request: TablePlanRequest;
    body: readonly (readonly CellValue[])[];
    historyOf: ReadonlySet<number>;
  } | null {
    const held = this.held.get(request.bindingId);
    if (!held || held.shape !== shapeOf(request) || held.body.length !== patch.bodyRows) return null;
    const touched = new Set(patch.rows.map((r) => r.index));
    for (const { index, cells, formats } of patch.rows) {
      if (index < 0 || index >= held.body.length || cells.length !== request.map.width) return null;
      held.body[index] = cells;
      for (const [col, column] of held.formats) column[index] = formats[col] ?? "";
    }
    const kept = (cells: [number, number][]) => cells.filter(([r]) => !touched.has(r));
    held.errorCells = [...kept(held.errorCells), ...patch.errorCells.map(([r, c]): [number, number] => [r, c])];
    held.dateCells = [...kept(held.dateCells), ...patch.dateCells.map(([r, c]): [number, number] => [r, c])];
    // The body's formats and cell kinds are the held ones, whatever the request brought.
    const { formats: _f, errorCells: _e, dateCells: _d, ...rest } = request;
    const whole: TablePlanRequest = {
      ...rest,
      ...(held.formats.size > 0 ? { formats: held.formats } : {}),
      ...(held.errorCells.length > 0 ? { errorCells: held.errorCells } : {}),
      ...(held.dateCells.length > 0 ? { dateCells: held.dateCells } : {}),
    };
    return { request: whole, body: held.body, historyOf: new Set([...held.historyRows, ...touched]) };
  }
}
