import type { EntityKind, Lang } from "../domain/types";
import { normalizeCaption } from "./resolveHeader";
import { SYSTEM_COLUMNS, campaignSchema, campaignStatusSchema, salespersonSchema, schemaFor } from "./schemas";
import { tableColumns } from "./tableColumns";
import type { SheetSchema } from "./types";

const ALL: [EntityKind, SheetSchema<unknown>][] = [
  ["campaignStatus", campaignStatusSchema as unknown as SheetSchema<unknown>],
  ["salesperson", salespersonSchema as unknown as SheetSchema<unknown>],
  ["campaign", campaignSchema as unknown as SheetSchema<unknown>],
];
const SYSTEM = [SYSTEM_COLUMNS.status, SYSTEM_COLUMNS.rowId, SYSTEM_COLUMNS.rowVersion];

describe.each(ALL)("schema %s", (entity, schema) => {
  test("schemaFor finds it by its entity kind", () => {
    expect(schemaFor(entity)).toBe(schema);
    expect(schema.entity).toBe(entity);
  });

  test("no caption, in either language, can be mistaken for another column's", () => {
    const owners = new Map<string, number>();
    const captions = [...schema.columns.map((c) => c.caption), ...SYSTEM.map((s) => s.caption)];
    captions.forEach((caption, column) => {
      for (const text of [caption.en, caption.da]) {
        const key = normalizeCaption(text);
        expect(owners.get(key) ?? column).toBe(column);
        owners.set(key, column);
      }
    });
  });

  test("fields are unique, the key is a code column, and blank() has every field", () => {
    const fields = schema.columns.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(schema.columns.find((c) => c.field === schema.keyField)?.type).toBe("code");
    const blank = schema.blank() as Record<string, unknown>;
    expect(Object.keys(blank).sort()).toEqual([...fields].sort());
    expect(schema.keyOf(blank)).toBe("");
    expect(schema.blank()).not.toBe(schema.blank());
  });

  test.each<Lang>(["en", "da"])("tableColumns (%s): schema columns, then Status, Row ID, Row version", (lang) => {
    const cols = tableColumns(schema, lang);
    expect(cols.map((c) => c.caption)).toEqual([
      ...schema.columns.map((c) => c.caption[lang]),
      ...SYSTEM.map((s) => s.caption[lang]),
    ]);
    schema.columns.forEach((c, i) => {
      const expected = c.type === "date" ? "yyyy-mm-dd" : c.type === "code" || c.type === "text" ? "@" : "General";
      expect(cols[i]?.numberFormat).toBe(expected);
      expect(cols[i]?.hidden).toBe(false);
    });
    expect(cols.slice(-3).map((c) => [c.numberFormat, c.hidden])).toEqual([
      ["@", false],
      ["@", true],
      ["@", true],
    ]);
  });
});

test("system captions in both languages", () => {
  expect(SYSTEM.map((s) => [s.caption.en, s.caption.da])).toEqual([
    ["Status", "Status"],
    ["Row ID", "Række-id"],
    ["Row version", "Rækkeversion"],
  ]);
});

test("Danish campaign table: captions, read-only Last Date Modified, and names", () => {
  expect(tableColumns(campaignSchema, "da").map((c) => c.caption)).toEqual([
    "Nr.",
    "Beskrivelse",
    "Startdato",
    "Slutdato",
    "Sælgerkode",
    "Statuskode",
    "Sidst ændret",
    "Status",
    "Række-id",
    "Rækkeversion",
  ]);
  expect(campaignSchema.columns.filter((c) => c.readOnly).map((c) => c.field)).toEqual(["lastDateModified"]);
  expect([campaignSchema.tableName, campaignSchema.sheetName]).toEqual([
    "CampaignTable",
    { en: "Campaigns", da: "Kampagner" },
  ]);
  expect(tableColumns(salespersonSchema, "en").find((c) => c.caption === "Blocked")?.numberFormat).toBe("General");
});
