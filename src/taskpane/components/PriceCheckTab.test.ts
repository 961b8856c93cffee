import { createElement } from "react";
import { t } from "../i18n";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { PriceCheckTab } from "./PriceCheckTab";

describe("the Price check tab", () => {
  test("starts at quantity 1 on the given day, with no result yet", () => {
    const html = renderWith(fakeEngine({}), createElement(PriceCheckTab, { today: "2026-05-10" }));
    expect(tagOf(html, "price-check-quantity")).toContain('value="1"');
    expect(tagOf(html, "price-check-date")).toContain('value="2026-05-10"');
    expect(tagOf(html, "price-check-result")).toBeNull();
  });

  test("every input of the check is offered, and Check submits the form", () => {
    const html = renderWith(fakeEngine({}, "da"), createElement(PriceCheckTab, { today: "2026-05-10" }));
    for (const field of ["customerNo", "contactNo", "itemNo", "variantCode", "unitOfMeasureCode", "currencyCode"]) {
      expect(tagOf(html, `price-check-${field}`)).not.toBeNull();
    }
    expect(tagOf(html, "price-check-run")).toContain('type="submit"');
    expect(textOf(html, "price-check-run")).toBe(t("da", "pcCheck"));
  });
});
