import { createElement } from "react";
import type { EngineState } from "../../sync";
import { entityName, t } from "../i18n";
import { binding, fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { BindingsPanel } from "./BindingsPanel";

function render(state: Partial<EngineState>) {
  return renderWith(fakeEngine(state), createElement(BindingsPanel));
}

describe("the Sheets tab", () => {
  test("the three groups come in order, each kind under its group", () => {
    const html = render({});
    const at = (s: string) => html.indexOf(s);
    const [campaigns, items, prices] = ["group_campaigns", "group_itemsCustomers", "group_pricesDiscounts"].map((g) =>
      at(`data-testid="${g}"`),
    );
    expect(campaigns).toBeGreaterThanOrEqual(0);
    expect(campaigns).toBeLessThan(items!);
    expect(items).toBeLessThan(prices!);
    expect(at('data-testid="binding-campaign"')).toBeLessThan(items!);
    expect(at('data-testid="binding-itemVariant"')).toBeGreaterThan(items!);
    expect(at('data-testid="binding-itemVariant"')).toBeLessThan(prices!);
    expect(at('data-testid="binding-salesLineDiscount"')).toBeGreaterThan(prices!);
  });

  test("an unbound kind offers to create its sheet; a bound one shows its counts", () => {
    const html = render({ bindings: [binding({ id: "i", entity: "item", rows: 12, issueCount: 3 })] });
    expect(tagOf(html, "binding-customer-create")).not.toBeNull();
    expect(tagOf(html, "binding-item-create")).toBeNull();
    expect(textOf(html, "binding-item-counts")).toBe(t("en", "rowsIssues", { rows: 12, issues: 3 }));
  });

  test("a campaign's own sheet is listed per campaign, not as the general sheet", () => {
    const html = render({ bindings: [binding({ id: "p", entity: "salesPrice", scope: { campaignNo: "CP7" } })] });
    expect(tagOf(html, "binding-salesPrice-create")).not.toBeNull();
    expect(tagOf(html, "group_perCampaign")).not.toBeNull();
    expect(textOf(html, "binding-salesPrice-CP7")).toContain(entityName("en", "salesPrice"));
    expect(textOf(html, "binding-salesPrice-CP7")).toContain("CP7");
  });

  test("a segment's own sheet is titled with its segment", () => {
    const html = render({ bindings: [binding({ id: "s", entity: "segmentLine", scope: { segmentNo: "SEG0001" } })] });
    expect(textOf(html, "binding-segmentLine-SEG0001")).toContain("SEG0001");
    expect(textOf(html, "binding-segmentLine-SEG0001")).toContain(entityName("en", "segmentLine"));
  });

  test("no per-campaign group while no campaign has its own sheet", () => {
    expect(tagOf(render({}), "group_perCampaign")).toBeNull();
  });

  test("create all setup sheets is disabled once every setup kind is bound", () => {
    const setup = ["campaignStatus", "salesperson", "campaign", "itemDiscountGroup", "item", "itemUnitOfMeasure"];
    const more = ["itemVariant", "currency", "customerPriceGroup", "customerDiscountGroup", "customer"];
    const contacts = ["team", "teamMember", "contact", "interactionGroup", "interactionTemplate"];
    const cycles = ["salesCycle", "salesCycleStage", "activity", "activityStep"];
    const all = [...setup, ...more, ...contacts, ...cycles].map((e) => binding({ id: e, entity: e as never }));
    expect(tagOf(render({}), "create-all-setup")).not.toContain("disabled");
    expect(tagOf(render({ bindings: all }), "create-all-setup")).toContain("disabled");
  });
});
