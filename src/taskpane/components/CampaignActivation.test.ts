import { createElement } from "react";
import type { CampaignTargetGroup } from "../../domain";
import { TARGET_GROUP_SHOWN } from "../activationOutcome";
import { t } from "../i18n";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { CampaignActivation } from "./CampaignActivation";

const rows = (n: number): CampaignTargetGroup[] =>
  Array.from({ length: n }, (_, i) => ({ type: "Customer", no: String(10000 + i), campaignNo: "CP1" }));

function render(targetGroups: CampaignTargetGroup[] | undefined, lang: "en" | "da" = "en") {
  return renderWith(fakeEngine({}, lang), createElement(CampaignActivation, { campaignNo: "CP1", targetGroups }));
}

describe("a campaign's activation", () => {
  test("a campaign without target-group rows is not activated; Deactivate is disabled", () => {
    const html = render([]);
    expect(tagOf(html, "campaign-activated")).toContain('data-activated="false"');
    expect(textOf(html, "campaign-activated")).toContain(t("en", "no"));
    expect(tagOf(html, "campaign-deactivate")).toContain('aria-disabled="true"');
    expect(tagOf(html, "campaign-activate")).not.toContain("disabled");
  });

  test("one target-group row makes it activated", () => {
    const html = render(rows(1), "da");
    expect(tagOf(html, "campaign-activated")).toContain('data-activated="true"');
    expect(textOf(html, "campaign-activated")).toContain(t("da", "yes"));
    expect(tagOf(html, "campaign-deactivate")).not.toContain("disabled");
  });

  test("until the rows are read the state is unknown, not No", () => {
    const html = render(undefined);
    expect(tagOf(html, "campaign-activated")).toContain('data-activated=""');
    expect(textOf(html, "target-group-count")).toBe("–");
  });

  test("the target group is counted and listed by type and no.", () => {
    const html = render([{ type: "Contact", no: "CT000010", campaignNo: "CP1" }, ...rows(2)]);
    expect(textOf(html, "target-group-count")).toBe("3");
    expect(html.match(/data-testid="target-group-row"/g)).toHaveLength(3);
    expect(html).toContain("Contact CT000010");
    expect(tagOf(html, "target-group-more")).toBeNull();
  });

  test("a large target group lists the first rows and says how many more", () => {
    const html = render(rows(TARGET_GROUP_SHOWN + 1234), "da");
    expect(html.match(/data-testid="target-group-row"/g)).toHaveLength(TARGET_GROUP_SHOWN);
    expect(textOf(html, "target-group-more")).toBe(t("da", "andMore", { n: "1.234" }));
    expect(textOf(html, "target-group-count")).toBe((TARGET_GROUP_SHOWN + 1234).toLocaleString("da-DK"));
  });
});
