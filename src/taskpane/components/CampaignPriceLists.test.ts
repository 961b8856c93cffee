import { createElement } from "react";
import type { EngineState } from "../../sync";
import { t } from "../i18n";
import { binding, fakeEngine, issue, renderWith, tagOf, textOf } from "../paneTestKit";
import { CampaignPriceLists } from "./CampaignPriceLists";

const CAMPAIGN = { no: "CP1", startingDate: "2026-05-01", endingDate: "2026-05-31" };

function render(state: Partial<EngineState>, lang: "en" | "da" = "en") {
  return renderWith(fakeEngine(state, lang), createElement(CampaignPriceLists, { campaign: CAMPAIGN }));
}

describe("a campaign's prices and discounts section", () => {
  test("counts show a dash until the engine has counted", () => {
    const html = render({ lineCounts: null });
    expect(textOf(html, "price-lines-count")).toBe("–");
    expect(textOf(html, "discount-lines-count")).toBe("–");
  });

  test("counts are this campaign's; a campaign without lines has 0", () => {
    const html = render({ lineCounts: { salesPrice: { CP1: 100000, CP2: 5 }, salesLineDiscount: { CP2: 7 } } });
    expect(tagOf(html, "price-lines-count")).toContain('data-count="100000"');
    expect(textOf(html, "price-lines-count")).toBe("100,000");
    expect(tagOf(html, "discount-lines-count")).toContain('data-count="0"');
  });

  test("the window shows the stored campaign's dates", () => {
    expect(textOf(render({}), "campaign-window")).toContain("2026-05-31");
  });

  test("lines with issues count only this campaign's own sheets", () => {
    const bindings = [
      binding({ id: "p1", entity: "salesPrice", scope: { campaignNo: "CP1" } }),
      binding({ id: "general", entity: "salesPrice" }),
    ];
    const issues = [issue("general", 0, "error"), issue("p1", 0, "error"), issue("p1", 1, "warning")];
    const tag = tagOf(render({ bindings, issues }), "lines-with-issues");
    expect(tag).toContain('data-errors="1"');
    expect(tag).toContain('data-warnings="1"');
  });

  test("without own sheets the buttons offer to create them and there is no issue to go to", () => {
    const html = render({ bindings: [binding({ id: "general", entity: "salesPrice" })] });
    expect(textOf(html, "open-prices-sheet")).toBe(t("en", "pricesSheet"));
    expect(textOf(html, "open-discounts-sheet")).toBe(t("en", "discountsSheet"));
    expect(tagOf(html, "first-issue")).toContain('aria-disabled="true"');
  });

  test("with its own sheets the buttons open them, and the first issue can be reached", () => {
    const bindings = [
      binding({ id: "p1", entity: "salesPrice", scope: { campaignNo: "CP1" } }),
      binding({ id: "d1", entity: "salesLineDiscount", scope: { campaignNo: "CP1" } }),
    ];
    const html = render({ bindings, issues: [issue("d1", 0, "warning")] }, "da");
    expect(textOf(html, "open-prices-sheet")).toBe(t("da", "openPricesSheet"));
    expect(textOf(html, "open-discounts-sheet")).toBe(t("da", "openDiscountsSheet"));
    expect(tagOf(html, "first-issue")).not.toContain("disabled");
  });
});
