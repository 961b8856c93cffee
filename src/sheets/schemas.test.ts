import type { EntityKind, Lang } from "../domain";
import { campaignDiscountSchema, campaignPriceSchema } from "./campaignLineSchemas";
import { contactSchema, teamMemberSchema, teamSchema } from "./contactSchemas";
import { interactionGroupSchema, interactionTemplateSchema } from "./interactionSchemas";
import { itemUnitOfMeasureSchema, itemVariantSchema } from "./itemSchemas";
import { salesLineDiscountSchema, salesPriceSchema } from "./priceSchemas";
import { normalizeCaption } from "./resolveHeader";
import { SYSTEM_COLUMNS, campaignSchema, campaignStatusSchema, salespersonSchema, schemaFor } from "./schemas";
import { allSegmentLinesSchema, segmentLineSchema } from "./segmentSchemas";
import { tableColumns } from "./tableColumns";
import type { ColumnDef, SheetSchema } from "./schemaTypes";

const KINDS: EntityKind[] = [
  "campaignStatus",
  "salesperson",
  "campaign",
  "itemDiscountGroup",
  "customerPriceGroup",
  "customerDiscountGroup",
  "currency",
  "item",
  "itemUnitOfMeasure",
  "itemVariant",
  "customer",
  "salesPrice",
  "salesLineDiscount",
  "contact",
  "team",
  "teamMember",
  "interactionGroup",
  "interactionTemplate",
  "segmentHeader",
  "segmentLine",
  "numberSeries",
  "campaignActivation",
];
const erase = <R>(s: SheetSchema<R>) => s as unknown as SheetSchema<unknown>;
const ALL: [string, SheetSchema<unknown>][] = [
  ...KINDS.map((k): [string, SheetSchema<unknown>] => [k, schemaFor(k)]),
  ["campaignPrice", erase(campaignPriceSchema("CP0003"))],
  ["campaignDiscount", erase(campaignDiscountSchema("CP0003"))],
  ["segmentLines", erase(segmentLineSchema("SEG0012"))],
];
const SYSTEM = [SYSTEM_COLUMNS.status, SYSTEM_COLUMNS.rowId, SYSTEM_COLUMNS.rowVersion, SYSTEM_COLUMNS.rowBase];
const col = <R>(schema: SheetSchema<R>, field: string): ColumnDef | undefined =>
  schema.columns.find((c) => c.field === field);

test.each(KINDS)("schemaFor(%s) is the general schema of that kind", (entity) => {
  expect(schemaFor(entity).entity).toBe(entity);
});

test("schemaFor returns the exported schemas", () => {
  expect(schemaFor("campaignStatus")).toBe(campaignStatusSchema);
  expect(schemaFor("salesperson")).toBe(salespersonSchema);
  expect(schemaFor("campaign")).toBe(campaignSchema);
  expect(schemaFor("salesPrice")).toBe(salesPriceSchema);
  expect(schemaFor("salesLineDiscount")).toBe(salesLineDiscountSchema);
  expect(schemaFor("contact")).toBe(contactSchema);
  expect(schemaFor("team")).toBe(teamSchema);
  expect(schemaFor("teamMember")).toBe(teamMemberSchema);
  expect(schemaFor("interactionGroup")).toBe(interactionGroupSchema);
  expect(schemaFor("interactionTemplate")).toBe(interactionTemplateSchema);
  expect(schemaFor("segmentLine")).toBe(allSegmentLinesSchema);
  expect(new Set(KINDS.map((k) => schemaFor(k).tableName)).size).toBe(KINDS.length);
});

describe.each(ALL)("schema %s", (_name, schema) => {
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

  test("fields are unique; the key is a code column, the row id or a line no.; blank() has every field and the fixed values", () => {
    const fields = schema.columns.map((c) => c.field);
    expect(new Set(fields).size).toBe(fields.length);
    const blank = schema.blank() as Record<string, unknown>;
    expect(schema.keyIsRowId && schema.keyIsLineNo).toBeFalsy();
    if (schema.keyIsRowId) {
      expect(col(schema, schema.keyField)).toBeUndefined();
      expect(blank[schema.keyField]).toBe("");
    } else if (schema.keyIsLineNo) {
      expect(col(schema, schema.keyField)).toBeUndefined();
      expect(blank[schema.keyField]).toBe(0);
    } else {
      expect(col(schema, schema.keyField)?.type).toBe("code");
    }
    const fixed = Object.keys(schema.fixed ?? {});
    expect(fixed.filter((f) => fields.includes(f))).toEqual([]); // a fixed value is never also a column
    expect(blank).toMatchObject(schema.fixed ?? {});
    const hiddenKey = schema.keyIsRowId || schema.keyIsLineNo ? [schema.keyField] : [];
    const expected = [...fields, ...hiddenKey, ...fixed];
    expect(Object.keys(blank).sort()).toEqual(expected.sort());
    expect(schema.blank()).not.toBe(schema.blank());
  });

  test.each<Lang>(["en", "da"])(
    "tableColumns (%s): schema columns, then Status, Row ID, Row version, Row base",
    (lang) => {
      const cols = tableColumns(schema, lang);
      expect(cols.map((c) => c.caption)).toEqual([
        ...schema.columns.map((c) => c.caption[lang]),
        ...SYSTEM.map((s) => s.caption[lang]),
      ]);
      const FORMATS: Record<string, string> = {
        date: "yyyy-mm-dd",
        code: "@",
        text: "@",
        option: "@",
        percent: "General",
      };
      schema.columns.forEach((c, i) => {
        expect(cols[i]?.numberFormat).toBe(FORMATS[c.type] ?? "General");
        expect(cols[i]?.hidden).toBe(false);
      });
      expect(cols.slice(-4).map((c) => [c.numberFormat, c.hidden])).toEqual([
        ["@", false],
        ["@", true],
        ["@", true],
        ["@", true],
      ]);
    },
  );
});

const columnsOfAll = ALL.flatMap(([name, schema]) => schema.columns.map((c) => [name, schema, c] as const));

test("option columns: no text names two options, and blank() holds one of the values", () => {
  const options = columnsOfAll.filter(([, , c]) => c.type === "option");
  expect(options.length).toBeGreaterThanOrEqual(4);
  for (const [, schema, c] of options) {
    if (c.type !== "option") continue;
    // A value and its own captions may coincide ("Customer"), never across options.
    const owners = new Map<string, string>();
    for (const o of c.options) {
      for (const text of [o.value, o.caption.en, o.caption.da]) {
        const key = text.toLowerCase().replace(/[\s.]/g, "");
        expect(owners.get(key) ?? o.value).toBe(o.value);
        owners.set(key, o.value);
      }
    }
    expect(c.options.map((o) => o.value)).toContain((schema.blank() as Record<string, unknown>)[c.field]);
  }
});

test("every list source names a code column of a setup table", () => {
  const sourced = columnsOfAll.filter(([, , c]) => c.listSource);
  expect(sourced.length).toBeGreaterThanOrEqual(20);
  for (const [, , c] of sourced) {
    if (!c.listSource) continue;
    expect(c.type).toBe("code");
    expect(col(schemaFor(c.listSource.entity), c.listSource.field)?.type).toBe("code");
  }
});

test("system captions in both languages", () => {
  expect(SYSTEM.map((s) => [s.caption.en, s.caption.da])).toEqual([
    ["Status", "Status"],
    ["Row ID", "Række-id"],
    ["Row version", "Rækkeversion"],
    ["Row base", "Rækkebasis"],
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
    "Rækkebasis",
  ]);
  expect(campaignSchema.columns.filter((c) => c.readOnly).map((c) => c.field)).toEqual(["lastDateModified"]);
  expect([campaignSchema.tableName, campaignSchema.sheetName]).toEqual([
    "CampaignTable",
    { en: "Campaigns", da: "Kampagner" },
  ]);
  expect(tableColumns(salespersonSchema, "en").find((c) => c.caption === "Blocked")?.numberFormat).toBe("General");
});

test("Sales Prices: BC's Danish captions, names, key = row id, both allow-discount flags on by default", () => {
  expect(salesPriceSchema.columns.map((c) => c.caption.da)).toEqual([
    "Salgstype",
    "Salgskode",
    "Varenr.",
    "Variantkode",
    "Enhedskode",
    "Valutakode",
    "Minimumsantal",
    "Enhedspris",
    "Startdato",
    "Slutdato",
    "Pris inkl. moms",
    "Tillad fakturarabat",
    "Tillad linjerabat",
  ]);
  expect([salesPriceSchema.tableName, salesPriceSchema.sheetName]).toEqual([
    "SalesPriceTable",
    { en: "Sales Prices", da: "Salgspriser" },
  ]);
  expect([salesPriceSchema.keyField, salesPriceSchema.keyIsRowId]).toEqual(["id", true]);
  const blank = salesPriceSchema.blank();
  expect([blank.allowLineDisc, blank.allowInvoiceDisc, blank.priceIncludesVat]).toEqual([true, true, false]);
  expect(salesPriceSchema.keyOf({ ...blank, id: "r7" })).toBe("r7");
});

test("Sales Line Discounts: Danish captions, option captions as in BC, percent column", () => {
  expect(salesLineDiscountSchema.columns.map((c) => c.caption.da)).toEqual([
    "Salgstype",
    "Salgskode",
    "Type",
    "Kode",
    "Variantkode",
    "Enhedskode",
    "Valutakode",
    "Minimumsantal",
    "Linjerabat %",
    "Startdato",
    "Slutdato",
  ]);
  expect(salesLineDiscountSchema.sheetName).toEqual({ en: "Sales Line Discounts", da: "Salgslinjerabatter" });
  expect(salesLineDiscountSchema.tableName).toBe("SalesLineDiscountTable");
  const options = (s: SheetSchema<unknown>, field: string) => {
    const c = col(s, field);
    return c?.type === "option" ? c.options.map((o) => [o.value, o.caption.en, o.caption.da]) : [];
  };
  expect(options(erase(salesPriceSchema), "salesType")).toEqual([
    ["Customer", "Customer", "Debitor"],
    ["CustomerPriceGroup", "Customer Price Group", "Debitorprisgruppe"],
    ["AllCustomers", "All Customers", "Alle debitorer"],
    ["Campaign", "Campaign", "Kampagne"],
  ]);
  expect(options(erase(salesLineDiscountSchema), "salesType")).toEqual([
    ["Customer", "Customer", "Debitor"],
    ["CustomerDiscGroup", "Customer Disc. Group", "Debitorrabatgruppe"],
    ["AllCustomers", "All Customers", "Alle debitorer"],
    ["Campaign", "Campaign", "Kampagne"],
  ]);
  expect(options(erase(salesLineDiscountSchema), "type")).toEqual([
    ["Item", "Item", "Vare"],
    ["ItemDiscGroup", "Item Disc. Group", "Varerabatgruppe"],
  ]);
  expect(col(salesLineDiscountSchema, "lineDiscountPct")?.type).toBe("percent");
});

test("list sources: every code column that refers to a setup table, and none on Sales Code", () => {
  const sources = <R>(s: SheetSchema<R>) =>
    Object.fromEntries(
      s.columns.flatMap((c) => (c.listSource ? [[c.field, `${c.listSource.entity}.${c.listSource.field}`]] : [])),
    );
  expect(sources(erase(salesPriceSchema))).toEqual({
    itemNo: "item.no",
    variantCode: "itemVariant.code",
    unitOfMeasureCode: "itemUnitOfMeasure.code",
    currencyCode: "currency.code",
  });
  expect(sources(erase(salesLineDiscountSchema))).toEqual({
    code: "item.no",
    variantCode: "itemVariant.code",
    unitOfMeasureCode: "itemUnitOfMeasure.code",
    currencyCode: "currency.code",
  });
  expect(sources(schemaFor("customer"))).toEqual({
    customerPriceGroup: "customerPriceGroup.code",
    customerDiscGroup: "customerDiscountGroup.code",
    currencyCode: "currency.code",
  });
  expect(sources(schemaFor("item"))).toEqual({
    baseUnitOfMeasure: "itemUnitOfMeasure.code",
    salesUnitOfMeasure: "itemUnitOfMeasure.code",
    itemDiscGroup: "itemDiscountGroup.code",
  });
  expect(sources(schemaFor("itemVariant"))).toEqual({ itemNo: "item.no" });
  expect(sources(schemaFor("campaign"))).toEqual({
    salespersonCode: "salesperson.code",
    statusCode: "campaignStatus.code",
  });
  expect(sources(schemaFor("contact"))).toEqual({ companyNo: "contact.no", salespersonCode: "salesperson.code" });
  expect(sources(schemaFor("teamMember"))).toEqual({ teamCode: "team.code", salespersonCode: "salesperson.code" });
  expect(sources(schemaFor("interactionTemplate"))).toEqual({
    interactionGroupCode: "interactionGroup.code",
    campaignNo: "campaign.no",
  });
  // Contact No. takes e-mails and names too: no list of contact nos. there.
  expect(sources(erase(segmentLineSchema("SEG0012")))).toEqual({
    campaignNo: "campaign.no",
    salespersonCode: "salesperson.code",
    interactionTemplateCode: "interactionTemplate.code",
  });
});

test.each([
  ["itemUnitOfMeasure", erase(itemUnitOfMeasureSchema), "itemNo", "code"],
  ["itemVariant", erase(itemVariantSchema), "itemNo", "code"],
  ["teamMember", erase(teamMemberSchema), "teamCode", "salespersonCode"],
])("%s is keyed by its two key fields together, without ambiguity", (_name, schema, first, second) => {
  const key = (a: string, b: string) => schema.keyOf({ ...(schema.blank() as object), [first]: a, [second]: b });
  expect(key("1000", "PCS")).not.toBe(key("1000", "BOX"));
  expect(key("1000", "PCS")).not.toBe(key("1001", "PCS"));
  expect(key("AB", "C")).not.toBe(key("A", "BC"));
  expect(key("1000", "PCS")).toBe(key("1000", "PCS"));
});
