import { createElement } from "react";
import { t } from "../i18n";
import { EMPTY_CRITERIA } from "../criteriaForm";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { AddContactsSection } from "./AddContactsSection";
import { CriteriaFields } from "./CriteriaFields";

const FIELDS = ["no", "name", "type", "companyNo", "salespersonCode", "postCode", "city", "countryCode"];

function renderOpen(lang: "en" | "da" = "en") {
  const props = { segmentNo: "SEG1", onChanged: () => undefined, defaultOpen: true };
  return renderWith(fakeEngine({}, lang), createElement(AddContactsSection, props));
}

describe("the Add contacts section", () => {
  test("open, it has a filter field per contact field, each with a syntax example", () => {
    const html = renderOpen();
    for (const field of [...FIELDS, "territoryCode", "email"]) {
      expect(tagOf(html, `criteria-${field}`)).toMatch(/placeholder="[^"]+"/);
    }
    expect(tagOf(html, "add-contacts-toggle")).toContain('aria-expanded="true"');
  });

  test("the four add options and Entire companies start unchecked, as in BC", () => {
    const html = renderOpen();
    for (const option of ["allowExisting", "expandCompanies", "allowRelatedCompanies", "ignoreExclusion"]) {
      expect(tagOf(html, `option-${option}`)).not.toBeNull();
      expect(tagOf(html, `option-${option}`)).not.toContain("checked");
    }
    expect(tagOf(html, "option-entireCompanies")).not.toContain("checked");
  });

  test("Add, Reduce and Refine are offered in the user's language; no result yet", () => {
    const html = renderOpen("da");
    expect(textOf(html, "criteria-add")).toBe(t("da", "actionAdd"));
    expect(textOf(html, "criteria-reduce")).toBe(t("da", "actionReduce"));
    expect(textOf(html, "criteria-refine")).toBe(t("da", "actionRefine"));
    expect(tagOf(html, "criteria-result")).toBeNull();
  });
});

describe("the criteria fields", () => {
  test("a filter syntax issue is shown at its own field only", () => {
    const props = {
      lang: "en" as const,
      values: { ...EMPTY_CRITERIA, postCode: "1000.." },
      errors: { postCode: "Post code: the filter is not valid" },
      onChange: () => undefined,
    };
    const html = renderWith(fakeEngine({}), createElement(CriteriaFields, props));
    expect(tagOf(html, "criteria-postCode")).toContain('aria-invalid="true"');
    expect(tagOf(html, "criteria-postCode")).toContain('value="1000.."');
    expect(tagOf(html, "criteria-city")).toContain('aria-invalid="false"');
    expect(html).toContain("Post code: the filter is not valid");
  });
});
