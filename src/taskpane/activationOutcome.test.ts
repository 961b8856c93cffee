import type { Issue } from "../domain";
import type { CampaignTargetGroup } from "../domain";
import { formatMessage } from "../domain";
import {
  TARGET_GROUP_SHOWN,
  activationOutcome,
  deactivationOutcome,
  targetGroupLabel,
  visibleTargetGroups,
} from "./activationOutcome";
import { t } from "./i18n";

const NOTHING: Issue = {
  row: 0,
  field: "",
  code: "NOTHING_TARGETED",
  severity: "error",
  params: { campaign: "CP1" },
  message: formatMessage("NOTHING_TARGETED", { campaign: "CP1" }, "en"),
};

describe("activation outcome", () => {
  test("a committed activation says so and counts the rows added", () => {
    const o = activationOutcome("da", "CP1", {
      ok: true,
      issues: [],
      needsConfirmation: false,
      adds: 1200,
      committed: true,
    });
    expect(o.severity).toBe("success");
    expect(o.lines.join(" ")).toContain("CP1");
    expect(o.lines.join(" ")).toContain("1.200");
  });

  test("nothing targeted is shown as the error message itself", () => {
    const o = activationOutcome("en", "CP1", {
      ok: false,
      issues: [NOTHING],
      needsConfirmation: false,
      adds: 0,
      committed: false,
    });
    expect(o).toEqual({ severity: "error", lines: [NOTHING.message] });
  });

  test("a refused confirmation changes nothing and says so", () => {
    const o = activationOutcome("en", "CP1", {
      ok: true,
      issues: [],
      needsConfirmation: true,
      adds: 4,
      committed: false,
    });
    expect(o).toEqual({ severity: "info", lines: [t("en", "activationRefused")] });
  });

  test("[IR9] a No to the no-prices question says nothing changed, not the error that would have followed", () => {
    const o = activationOutcome(
      "en",
      "CP1",
      { ok: false, issues: [NOTHING], needsConfirmation: true, adds: 0, committed: false },
      true,
    );
    expect(o).toEqual({ severity: "info", lines: [t("en", "activationRefused")] });
  });

  test("deactivation counts the rows removed", () => {
    expect(deactivationOutcome("en", "CP1", { removed: 7 }).lines.join(" ")).toContain("7");
  });
});

describe("the target group list", () => {
  const row = (type: CampaignTargetGroup["type"], no: string): CampaignTargetGroup => ({ type, no, campaignNo: "CP1" });

  test("customers come before contacts, each in no. order", () => {
    const { shown } = visibleTargetGroups([row("Contact", "CT2"), row("Customer", "20000"), row("Customer", "10000")]);
    expect(shown.map((r) => r.no)).toEqual(["10000", "20000", "CT2"]);
  });

  test("at most the limit is listed; the rest are counted", () => {
    const rows = Array.from({ length: TARGET_GROUP_SHOWN + 5 }, (_, i) => row("Customer", String(10000 + i)));
    const { shown, more } = visibleTargetGroups(rows);
    expect(shown).toHaveLength(TARGET_GROUP_SHOWN);
    expect(more).toBe(5);
    expect(visibleTargetGroups(rows.slice(0, 3)).more).toBe(0);
  });

  test("rows are named by their type", () => {
    expect(targetGroupLabel("da", row("Customer", "10000"))).toBe("Debitor 10000");
    expect(targetGroupLabel("en", row("Contact", "CT1"))).toBe("Contact CT1");
  });
});
