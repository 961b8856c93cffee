/** The rows a binding's table shows after a plan (rules SP35, SP24). */
import type { StoredRow } from "../../store";
import { sameSeen, seenOf } from "./seenRows";
import type { WorkRow } from "./workRows";

type Row = WorkRow<unknown>;
const rows = (...ids: string[]) => ids.map((rowId) => ({ rowId }) as unknown as Row);
const stored = new Map(
  ["a", "b", "c"].map((id) => [id, { rowId: id, rowHash: `h${id}` } as unknown as StoredRow<"item">]),
) as ReadonlyMap<string, StoredRow<"item">>;
const outcome = (rs: readonly Row[], before: Record<string, string>, puts: StoredRow<"item">[] = []) =>
  seenOf(rs as never, puts, stored, before);
/** The seen rows the binding shows: the object with its new hashes put in (in a copy: the test's `before` stays). */
const seen = (rs: readonly Row[], before: Record<string, string>, puts: StoredRow<"item">[] = []) => {
  const { seen: object, changes } = outcome(rs, before, puts);
  return changes ? { ...object, ...changes } : object;
};

describe("the rows a table shows after a plan", () => {
  it("[SP35] keeps the record's object when the same rows show the same hashes", () => {
    const before = { a: "ha", b: "hb" };
    expect(seen(rows("b", "a"), before)).toBe(before);
    expect(outcome(rows("b", "a"), before).changes).toBeUndefined();
    expect(sameSeen(before, before)).toBe(true);
  });

  it("[SP24] keeps the record's object for the same rows with a new hash, and names only the new hashes", () => {
    const before = { a: "ha", b: "hb", c: "hc" };
    const put = { rowId: "a", rowHash: "new" } as unknown as StoredRow<"item">;
    const { seen: object, changes } = outcome(rows("c", "a", "b"), before, [put]);
    expect(object).toBe(before);
    expect(changes).toEqual({ a: "new" });
    expect(before).toEqual({ a: "ha", b: "hb", c: "hc" }); // the record's object is the store's to patch
    // Not the same rows: a new object, and no changes beside it.
    for (const rs of [rows("a", "a", "b"), rows("a", "b"), rows("a", "b", "c", "d")])
      expect(outcome(rs, before, [put]).changes).toBeUndefined();
    // A plan that knows its rows' ids are distinct (its body's, each once) gets the same without counting them twice.
    expect(seenOf(rows("c", "a", "b") as never, [put], stored, before, true).changes).toEqual({ a: "new" });
  });

  it("[SP35] makes a new one, as a full count would, for a row twice, a changed hash, a row more or less", () => {
    const before = { a: "ha", b: "hb" };
    expect(seen(rows("a", "a"), before)).toEqual({ a: "ha" });
    const put = { rowId: "a", rowHash: "new" } as unknown as StoredRow<"item">;
    expect(seen(rows("a", "b"), before, [put])).toEqual({ a: "new", b: "hb" });
    expect(seen(rows("a", "b", "c"), before)).toEqual({ a: "ha", b: "hb", c: "hc" });
    expect(seen(rows("a"), before)).toEqual({ a: "ha" });
    expect(seen(rows("a", "c"), { a: "ha", c: "" })).toEqual({ a: "ha", c: "hc" });
    for (const rs of [rows("a", "a"), rows("a")]) expect(sameSeen(outcome(rs, before).seen, before)).toBe(false);
  });
});
