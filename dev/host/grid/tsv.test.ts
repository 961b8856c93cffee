import fc from "fast-check";
import { tsvRows } from "./tsv";

/** Every row of the block, read in order as the workbook reads them. */
function parseTsv(text: string): string[][] {
  const block = tsvRows(text);
  return Array.from({ length: block.rows }, (_, i) => [...block.row(i)]);
}

describe("parsing pasted tab-separated text", () => {
  it("splits rows on CRLF and cells on tabs, dropping Excel's one trailing line break", () => {
    expect(parseTsv("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("accepts LF-only text without a trailing line break", () => {
    expect(parseTsv("1\t2\n3\t4")).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("drops only one trailing empty line (a copied empty last row stays)", () => {
    expect(parseTsv("x\r\n\r\n")).toEqual([["x"], [""]]);
  });

  it("a single copied empty cell pastes as one empty cell", () => {
    expect(parseTsv("\r\n")).toEqual([[""]]);
  });

  it("unquotes cells Excel quoted for holding a line break, a tab or quotes", () => {
    const text = '"line1\nline2"\t"a\tb"\r\n"say ""hi"""\tplain\r\n';
    expect(parseTsv(text)).toEqual([
      ["line1\nline2", "a\tb"],
      ['say "hi"', "plain"],
    ]);
  });

  it("keeps quotes inside unquoted cells", () => {
    expect(parseTsv('5" screen\tx\r\n')).toEqual([['5" screen', "x"]]);
  });

  it("splits literally when a stray opening quote would swallow the rest of the paste", () => {
    expect(parseTsv('"open\tb\r\nc\td\r\n')).toEqual([
      ['"open', "b"],
      ["c", "d"],
    ]);
  });

  it("pads short rows so the block is rectangular", () => {
    expect(parseTsv("a\tb\tc\r\nd\r\n")).toEqual([
      ["a", "b", "c"],
      ["d", "", ""],
    ]);
  });

  it("splits text without quotes as splitting its lines on tabs would, padded to a rectangle", () => {
    const text = fc
      .array(fc.constantFrom("a", "b", "\t", "\n", "\r", "\r\n"), { maxLength: 40 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const newline = t.includes("\r\n") ? "\r\n" : t.includes("\n") || !t.includes("\r") ? "\n" : "\r";
        const rows = t.split(newline).map((line) => line.split("\t"));
        const last = rows[rows.length - 1];
        if (last?.length === 1 && last[0] === "") rows.pop();
        const width = Math.max(0, ...rows.map((r) => r.length));
        const expected = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
        expect(parseTsv(t)).toEqual(t === "" ? [] : expected);
      }),
    );
  });

  it("hands rows over in order, each once (a paste is read as the workbook takes it)", () => {
    const block = tsvRows("a\tb\r\nc\r\n");
    expect([block.rows, block.cols]).toEqual([2, 2]);
    expect(block.row(0)).toEqual(["a", "b"]);
    expect(() => block.row(0)).toThrow("in order");
    expect(block.row(1)).toEqual(["c", ""]);
  });

  it("gives no rows for empty text", () => {
    expect(parseTsv("")).toEqual([]);
  });

  it("parses a 20,000-row block in one pass", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `CUST${i}\t${i * 2}\tname ${i}`);
    const rows = parseTsv(`${lines.join("\r\n")}\r\n`);
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999]).toEqual(["CUST19999", String(19_999 * 2), "name 19999"]);
  });
});
