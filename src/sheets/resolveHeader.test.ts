import type { CellValue } from "../workbook";
import { resolveHeader } from "./resolveHeader";
import { campaignSchema, schemaFor } from "./schemas";
import type { SheetSchema } from "./schemaTypes";
import { tableColumns } from "./tableColumns";

const EN = tableColumns(campaignSchema, "en").map((c) => c.caption);
const DA = tableColumns(campaignSchema, "da").map((c) => c.caption);

describe("resolveHeader", () => {
  test("finds every column of a header the add-in created, in either language", () => {
    for (const schema of [
      schemaFor("campaignStatus"),
      schemaFor("salesperson"),
      schemaFor("campaign"),
    ] as SheetSchema<unknown>[]) {
      for (const lang of ["en", "da"] as const) {
        const header = tableColumns(schema, lang).map((c) => c.caption);
        const { map, problems } = resolveHeader(schema, header, lang);
        expect(problems).toEqual([]);
        expect([...(map?.fields.values() ?? [])]).toEqual(schema.columns.map((_, i) => i));
        expect(map && [map.status, map.rowId, map.rowVersion, map.rowBase, map.width]).toEqual([
          schema.columns.length,
          schema.columns.length + 1,
          schema.columns.length + 2,
          schema.columns.length + 3,
          header.length,
        ]);
      }
    }
  });

  test("a table made before the Row base column existed is read without it (rowBase -1), and nothing is missing", () => {
    const header = EN.filter((c) => c !== "Row base");
    const { map, problems } = resolveHeader(campaignSchema, header, "en");
    expect(problems).toEqual([]);
    expect(map?.rowBase).toBe(-1);
    expect(map?.rowVersion).toBe(header.indexOf("Row version"));
  });

  test("moved columns are found by caption, never by position", () => {
    const header = [...EN].reverse();
    const { map } = resolveHeader(campaignSchema, header, "en");
    expect(map?.fields.get("no")).toBe(header.indexOf("No."));
    expect(map?.fields.get("endingDate")).toBe(header.indexOf("Ending Date"));
    expect(map?.rowId).toBe(header.indexOf("Row ID"));
  });

  test("a Danish header is read by an English user (and mixed, any case, stray spaces)", () => {
    expect(resolveHeader(campaignSchema, DA, "en").problems).toEqual([]);
    const mixed: CellValue[] = EN.map((c, i) => (i % 2 === 0 ? (DA[i] ?? c).toUpperCase() : `  ${c.toLowerCase()} `));
    const { map, problems } = resolveHeader(campaignSchema, mixed, "da");
    expect(problems).toEqual([]);
    expect(map?.fields.get("description")).toBe(1);
  });

  test("the user's own extra columns are ignored", () => {
    const header = ["Notes", ...EN.slice(0, 3), "", "My formula", ...EN.slice(3)];
    const { map, problems } = resolveHeader(campaignSchema, header, "en");
    expect(problems).toEqual([]);
    expect(map?.fields.get("no")).toBe(1);
    expect(map?.fields.get("endingDate")).toBe(6);
    expect(map?.width).toBe(header.length);
  });

  test("columns Excel named when the table grew (or left untitled) are listed in extra, in order; titled ones are not", () => {
    const header = [" Column1 ", ...EN.slice(0, 3), "", "Kolonne2", ...EN.slice(3), "Notes"];
    const { map } = resolveHeader(campaignSchema, header, "en");
    expect(map?.extra).toEqual([
      { index: 0, caption: "Column1" },
      { index: 4, caption: "#5" },
      { index: 5, caption: "Kolonne2" },
    ]);
    expect(resolveHeader(campaignSchema, EN, "en").map?.extra).toEqual([]);
  });

  test("a renamed (or deleted) column is HEADER_MISSING naming the caption and the fix; no map", () => {
    const header = EN.map((c) => (c === "Description" ? "Descr" : c));
    const en = resolveHeader(campaignSchema, header, "en");
    expect(en.map).toBeNull();
    expect(en.problems).toEqual([
      {
        code: "HEADER_MISSING",
        caption: "Description",
        message: expect.stringContaining("Rename the header back to ‘Description’ or re-bind the sheet."),
      },
    ]);
    const da = resolveHeader(campaignSchema, header, "da");
    expect(da.problems[0]?.caption).toBe("Beskrivelse");
    expect(da.problems[0]?.message).toContain("Omdøb overskriften tilbage til ‘Beskrivelse’");
  });

  test("a duplicated column, even across languages, is HEADER_DUPLICATE listing what was found", () => {
    const header = [...EN, "beskrivelse"];
    const { map, problems } = resolveHeader(campaignSchema, header, "en");
    expect(map).toBeNull();
    expect(problems.map((p) => [p.code, p.caption])).toEqual([["HEADER_DUPLICATE", "Description"]]);
    expect(problems[0]?.message).toContain("‘Description’, ‘beskrivelse’");
  });

  test("a missing system column is a problem too", () => {
    const header = EN.filter((c) => c !== "Row ID");
    const { map, problems } = resolveHeader(campaignSchema, header, "en");
    expect(map).toBeNull();
    expect(problems.map((p) => [p.code, p.caption])).toEqual([["HEADER_MISSING", "Row ID"]]);
  });

  test("right number of columns with wrong captions: every column missing, nothing guessed", () => {
    const header = EN.map((_, i) => `Column${i + 1}`);
    const { map, problems } = resolveHeader(campaignSchema, header, "en");
    expect(map).toBeNull();
    // Every column but the optional Row base (a table made before it existed has none).
    expect(problems).toHaveLength(EN.length - 1);
    expect(problems.every((p) => p.code === "HEADER_MISSING")).toBe(true);
  });
});
