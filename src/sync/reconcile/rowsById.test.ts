/** Stored rows by row id, built once per array of rows (rule SP31). */
import type { StoredRow } from "../../store";
import { byRowId, rowsById } from "./rowsById";

const row = (rowId: string) => ({ rowId, rowHash: `h${rowId}`, rowVersion: 1 }) as unknown as StoredRow<"item">;

describe("stored rows by row id", () => {
  it("[SP31] builds one map per array of rows, and a new one for an array that changed length", () => {
    const rows = [row("a"), row("b")];
    const map = rowsById(rows);
    expect(map.get("b")).toBe(rows[1]);
    expect(rowsById(rows)).toBe(map);
    expect(rowsById([...rows])).not.toBe(map);
    rows.push(row("c"));
    expect(rowsById(rows).get("c")).toBe(rows[2]);
  });

  it("[SP56] a map of rows by id keeps the last row of an id, as a map made from pairs does", () => {
    const rows = [row("a"), row("b"), row("a")];
    const map = byRowId(rows);
    expect([...map.keys()]).toEqual(["a", "b"]);
    expect(map.get("a")).toBe(rows[2]);
    expect(rowsById(rows).get("a")).toBe(rows[2]);
  });
});
