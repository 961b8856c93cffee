/** Which rows are parsed ahead of the rest to tell an original from its copies (PS2): only those sharing an id. */
import { bodyIds } from "./copiedRows";

const sharedIdRows = (body: (string | number)[][], col: number, skipped: (i: number) => boolean) =>
  bodyIds(body, col, skipped).shared;

describe("bodyIds", () => {
  test("[PS2] [SP61] lists every row whose id cell repeats another's, in sheet order, and no row with an id of its own", () => {
    const body = [
      ["a", "r1"],
      ["b", "r2"],
      ["c", " r1 "],
      ["d", ""],
      ["e", "r3"],
      ["f", "r1"],
      ["g", "r3"],
      ["h", 7],
    ];
    expect(sharedIdRows(body, 1, () => false)).toEqual([0, 2, 4, 5, 6]);
  });

  test("[PS2] a skipped (clean) row does not make the row sharing its id a copy", () => {
    const body = [
      ["a", "r1"],
      ["b", "r1"],
      ["c", "r2"],
      ["d", "r2"],
      ["e", "r2"],
    ];
    expect(sharedIdRows(body, 1, (i) => i === 0)).toEqual([2, 3, 4]);
    expect(sharedIdRows(body, 1, (i) => i === 3)).toEqual([0, 1, 2, 4]);
    expect([...bodyIds(body, 1, (i) => i === 3).carried]).toEqual(["r1", "r2"]);
  });
});
