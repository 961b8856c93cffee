import { createElement } from "react";
import { ENTITY_GROUPS } from "../entityGroups";
import { t } from "../i18n";
import { binding, fakeEngine, renderWith, tagOf } from "../paneTestKit";
import { CampaignFirstSteps } from "./CampaignFirstSteps";

function render(bindings: ReturnType<typeof binding>[], firstCampaignNo: string | null, lang: "en" | "da" = "en") {
  const props = { firstCampaignNo, onNewCampaign: () => undefined };
  return renderWith(fakeEngine({ bindings }, lang), createElement(CampaignFirstSteps, props));
}

describe("the Campaigns tab's first steps", () => {
  test("[PN8] an empty workbook shows three step buttons; setup is next; lines wait for a campaign", () => {
    const html = render([], null);
    expect(tagOf(html, "first-steps")).not.toBeNull();
    for (const id of ["setup", "campaign", "lines"]) expect(tagOf(html, `first-step-${id}-button`)).not.toBeNull();
    expect(tagOf(html, "first-step-setup-button")).toContain("cd-Button--primary");
    expect(tagOf(html, "first-step-lines-button")).toContain('aria-disabled="true"');
    expect(html).toContain(t("en", "firstStepHintNeedsCampaign"));
  });

  test("[PN8] with a campaign stored, pasting its lines is the next step, in Danish too", () => {
    const setup = ENTITY_GROUPS.filter((g) => g.setup).flatMap((g) => g.entities);
    const html = render(
      setup.map((entity) => binding({ id: entity, entity })),
      "CP0001",
      "da",
    );
    expect(tagOf(html, "first-step-setup")).toContain('data-done="true"');
    expect(tagOf(html, "first-step-lines-button")).toContain("cd-Button--primary");
    expect(tagOf(html, "first-step-campaign")).toContain('data-done="true"');
    expect(html).toContain(t("da", "firstStep_lines"));
  });
});
