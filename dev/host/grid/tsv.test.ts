import { parseTsv } from "./tsv";

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
