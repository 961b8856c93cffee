import { ENTITY_ORDER } from "../sync";
import { TEXT_KEYS, entityName, formatCount, t } from "./i18n";
import type { TextKey } from "./i18n";

const KEYS: TextKey[] = [
  "rowsIssues",
  "progressRows",
  "linesWithIssues",
  "scopedSheetTitle",
  "windowFrom",
  "forCampaign",
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane texts", () => {
  test("every record kind has a distinct, non-empty name in English and Danish", () => {
    for (const lang of ["en", "da"] as const) {
      const names = ENTITY_ORDER.map((e) => entityName(lang, e));
      expect(names.every((n) => n.length > 0 && !n.startsWith("entity_"))).toBe(true);
      expect(new Set(names).size).toBe(ENTITY_ORDER.length);
    }
  });

  test("Danish names use Business Central's vocabulary", () => {
    expect(entityName("da", "item")).toBe("Varer");
    expect(entityName("da", "customer")).toBe("Debitorer");
    expect(entityName("da", "salesLineDiscount")).toBe("Salgslinjerabatter");
  });

  test("parameters are filled in both languages", () => {
    const params = { done: 7, total: 9, errors: 2, warnings: 3, rows: 1, issues: 4, entity: "E", no: "N" };
    for (const key of KEYS) {
      for (const lang of ["en", "da"] as const) {
        const text = t(lang, key, { ...params, start: "S", action: "A" });
        expect(text).not.toMatch(/\{\w+\}/);
      }
      expect(placeholders(t("en", key, {}))).toEqual(placeholders(t("da", key, {})));
    }
  });

  test("every text exists in both languages with the same placeholders", () => {
    for (const key of TEXT_KEYS) {
      expect([key, t("en", key).length > 0, t("da", key).length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(t("en", key))]).toEqual([key, placeholders(t("da", key))]);
    }
  });

  test("[PN4] every plural form is one the pane can choose (no braces inside a form), and none is left unfilled", () => {
    for (const key of TEXT_KEYS) {
      for (const lang of ["en", "da"] as const) {
        const params = Object.fromEntries(placeholders(t(lang, key)).map((p) => [p, 2]));
        const plurals = [...t(lang, key).matchAll(/\{(\w+)\|/g)].map((m) => m[1]!);
        for (const p of plurals) params[p] = 2;
        expect([key, lang, t(lang, key, params)]).not.toEqual([key, lang, expect.stringMatching(/\{\w+\|/)]);
      }
    }
  });

  test("the Danish of the new tabs uses Business Central's words", () => {
    expect(t("da", "tabSegments")).toBe("Segmenter");
    expect(t("da", "fieldCampaignTarget")).toBe("Kampagnemålgruppe");
  });

  test("counts are grouped the way each language writes them", () => {
    expect(formatCount("en", 100000)).toBe("100,000");
    expect(formatCount("da", 100000)).toBe("100.000");
  });
});

describe("plurals", () => {
  test("[PN4] a count of one takes the singular in English and Danish, any other count the plural", () => {
    expect(t("en", "issuesCount", { n: 1 })).toBe("1 issue");
    expect(t("en", "issuesCount", { n: 2 })).toBe("2 issues");
    expect(t("da", "issuesCount", { n: 1 })).toBe("1 problem");
    expect(t("da", "issuesCount", { n: 0 })).toBe("0 problemer");
    expect(t("en", "rowsIssues", { rows: 1, issues: 3 })).toBe("1 row · 3 issues");
    expect(t("da", "rowsIssues", { rows: "1.000", issues: 1 })).toBe("1.000 rækker · 1 problem");
    expect(t("en", "progressRows", { done: 0, total: 1 })).toBe("0 of 1 row");
    expect(t("en", "contactsRemoved", { removed: 1 })).toBe("Removed 1 line.");
    expect(t("da", "targetRowsAdded", { n: 1 })).toBe("1 målgrupperække tilføjet.");
  });

  test("[PN4] no text reads a count with the wrong number in either language", () => {
    for (const key of TEXT_KEYS) {
      for (const lang of ["en", "da"] as const) {
        const params = Object.fromEntries(placeholders(t(lang, key)).map((p) => [p, 1]));
        expect([key, lang, t(lang, key, params)]).not.toEqual([
          key,
          lang,
          expect.stringMatching(/\b1 (issues|rows|problemer|rækker|lines|linjer|contacts|kontakter|tables|tabeller)\b/),
        ]);
      }
    }
  });
});
