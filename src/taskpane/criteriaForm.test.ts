import type { Issue } from "../domain";
import { compileCriteria } from "../domain";
import {
  CRITERIA_FIELDS,
  EMPTY_CRITERIA,
  contactsResultText,
  DEFAULT_ADD_OPTIONS,
  criteriaFromForm,
  runContactsAction,
  splitCriteriaIssues,
} from "./criteriaForm";

const RESULT = { ok: true, issues: [], added: 500, removed: 0, skippedExcluded: 3, skippedExisting: 0 };

function issue(field: string, message: string): Issue {
  return { row: 0, field, code: "FILTER_SYNTAX", severity: "error", params: {}, message };
}

describe("the Add contacts form", () => {
  test("blank fields filter nothing; filled ones are passed trimmed", () => {
    const criteria = criteriaFromForm({ ...EMPTY_CRITERIA, no: " 10000..19999 ", name: "*Ltd*", city: "   " });
    expect(criteria).toEqual({ no: "10000..19999", name: "*Ltd*" });
  });

  test("an empty form gives no criteria at all", () => {
    expect(criteriaFromForm(EMPTY_CRITERIA)).toEqual({});
  });

  test("every field's example is a filter the domain accepts", () => {
    for (const { field, example } of CRITERIA_FIELDS) {
      expect(compileCriteria({ [field]: example }, "en").ok).toBe(true);
    }
  });

  test("a filter syntax issue goes to its field; others stay general", () => {
    const { atField, other } = splitCriteriaIssues([issue("postCode", "bad"), issue("", "general")]);
    expect(atField).toEqual({ postCode: "bad" });
    expect(other.map((i) => i.message)).toEqual(["general"]);
  });

  test("the add result counts added, excluded and existing contacts", () => {
    expect(contactsResultText("en", "add", RESULT)).toBe("Added 500 contacts (3 excluded, 0 already in the segment).");
  });

  test("reduce and refine report removed lines, grouped per language", () => {
    const removed = { ...RESULT, added: 0, removed: 12000 };
    expect(contactsResultText("da", "refine", removed)).toContain("12.000");
    expect(contactsResultText("en", "reduce", removed)).toContain("12,000");
  });
});

describe("running a contacts action", () => {
  function recorder() {
    const calls: unknown[][] = [];
    const engine = {
      addContacts: async (...args: unknown[]) => (calls.push(["add", ...args]), RESULT),
      removeContacts: async (...args: unknown[]) => (calls.push(["remove", ...args]), RESULT),
    };
    return { engine, calls };
  }
  const form = {
    values: { ...EMPTY_CRITERIA, postCode: "1000..2999" },
    options: { ...DEFAULT_ADD_OPTIONS, expandCompanies: true },
    entireCompanies: true,
  };

  test("Add passes the filled criteria and the add options", async () => {
    const { engine, calls } = recorder();
    await runContactsAction(engine, "SEG1", "add", form);
    expect(calls).toEqual([["add", "SEG1", { postCode: "1000..2999" }, form.options]]);
  });

  test("Reduce and Refine pass their mode and Entire companies", async () => {
    const { engine, calls } = recorder();
    await runContactsAction(engine, "SEG1", "refine", form);
    await runContactsAction(engine, "SEG1", "reduce", { ...form, entireCompanies: false });
    expect(calls).toEqual([
      ["remove", "SEG1", "refine", { postCode: "1000..2999" }, { entireCompanies: true }],
      ["remove", "SEG1", "reduce", { postCode: "1000..2999" }, { entireCompanies: false }],
    ]);
  });
});
