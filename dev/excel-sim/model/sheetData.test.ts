/** The sim's cell storage: rows a table grows into share its number formats until one of them is changed. */
import { SheetData } from "./sheetData";

describe("SheetData.inheritFormats", () => {
  test("rows without formats take the given ones; a format set later changes its own cell only", () => {
    const data = new SheetData();
    data.setFormat(0, 1, "0.00");
    const formats: (string | undefined)[] = [];
    formats[1] = "@";
    formats[2] = "0%";
    data.inheritFormats(0, 3, formats);
    // Row 0 had a format of its own: it keeps it, and takes only what it lacked.
    expect([data.format(0, 1), data.format(0, 2)]).toEqual(["0.00", "0%"]);
    expect([1, 2, 3].map((r) => data.format(r, 1))).toEqual(["@", "@", "@"]);
    data.setFormat(2, 1, "General");
    data.setFormat(3, 2, "d-m-yyyy");
    expect([1, 2, 3].map((r) => [data.format(r, 1), data.format(r, 2)])).toEqual([
      ["@", "0%"],
      ["General", "0%"],
      ["@", "d-m-yyyy"],
    ]);
    expect(formats).toEqual([undefined, "@", "0%"]);
  });
});

test("setting the format a shared row already has keeps the row sharing (no copy per row)", () => {
  const data = new SheetData();
  const formats = ["@"];
  data.inheritFormats(0, 2, formats);
  data.setFormat(1, 0, "@");
  expect(data.rows[1]?.nf).toBe(formats);
  data.setFormat(1, 0, "0");
  expect(data.rows[1]?.nf).not.toBe(formats);
  expect([data.format(0, 0), data.format(1, 0), data.format(2, 0)]).toEqual(["@", "0", "@"]);
});

test("a row reserved to a width keeps its cells, reads the new ones as empty and is not made again for them", () => {
  const data = new SheetData();
  data.setContent(0, 0, { value: "A", formula: undefined });
  data.setContent(0, 1, { value: 2, formula: "=1+1" });
  data.reserve(0, 5);
  const row = data.rows[0];
  expect(row?.v).toEqual(["A", 2, "", "", ""]);
  expect(data.formula(0, 1)).toBe("=1+1");
  data.setContent(0, 4, { value: "id", formula: undefined });
  // The cells within the reserved width are written in place: the row keeps its array.
  expect(data.rows[0]?.v).toBe(row?.v);
  expect(data.extent()).toEqual({ rows: 1, cols: 5 });
  data.reserve(0, 3);
  expect(data.rows[0]?.v).toHaveLength(5);
});
