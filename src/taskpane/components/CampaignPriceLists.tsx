import { Stack, Text } from "@fluentui/react";
import { useState } from "react";
import type { Campaign } from "../../domain";
import { campaignLineIssues } from "../campaignLineIssues";
import { campaignWindowText } from "../campaignWindow";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";
import type { TextKey } from "../i18n";
import { DefaultButton } from "./Button";

type LineKind = "salesPrice" | "salesLineDiscount";

const SHEET_BUTTONS: readonly { entity: LineKind; create: TextKey; open: TextKey; testId: string }[] = [
  { entity: "salesPrice", create: "pricesSheet", open: "openPricesSheet", testId: "open-prices-sheet" },
  { entity: "salesLineDiscount", create: "discountsSheet", open: "openDiscountsSheet", testId: "open-discounts-sheet" },
];

/** A stored campaign's prices and discounts: its date window, line counts, issues and its own sheets. */
export function CampaignPriceLists({ campaign }: { campaign: Pick<Campaign, "no" | "startingDate" | "endingDate"> }) {
  const engine = useEngine();
  const lang = engine.lang;
  const { bindings, issues, lineCounts } = useEngineState();
  const [pending, setPending] = useState<LineKind | null>(null);
  const no = campaign.no;
  const summary = campaignLineIssues(no, bindings, issues);
  // Null until the engine has counted once: a dash, not a misleading 0.
  const count = (kind: LineKind) => (lineCounts ? (lineCounts[kind][no] ?? 0) : null);
  const countText = (kind: LineKind) => {
    const n = count(kind);
    return n === null ? "–" : formatCount(lang, n);
  };
  const first = summary.first;
  const bound = (entity: LineKind) => bindings.some((b) => b.entity === entity && b.scope?.campaignNo === no);

  async function openSheet(entity: LineKind) {
    setPending(entity);
    try {
      await engine.bind(entity, { campaignNo: no });
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack
      as="section"
      tokens={{ childrenGap: 6 }}
      aria-label={t(lang, "pricesAndDiscounts")}
      styles={{ root: { paddingTop: 8, borderTop: "1px solid", borderColor: "var(--cd-border)" } }}
      data-testid="campaign-price-lists"
    >
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {t(lang, "pricesAndDiscounts")}
      </Text>
      <Text data-testid="campaign-window">{campaignWindowText(lang, campaign.startingDate, campaign.endingDate)}</Text>
      <Text>
        {t(lang, "priceLines")}:{" "}
        <span data-testid="price-lines-count" data-count={count("salesPrice") ?? ""}>
          {countText("salesPrice")}
        </span>
        {" · "}
        {t(lang, "discountLines")}:{" "}
        <span data-testid="discount-lines-count" data-count={count("salesLineDiscount") ?? ""}>
          {countText("salesLineDiscount")}
        </span>
      </Text>
      <Text
        data-testid="lines-with-issues"
        data-errors={summary.errorRows}
        data-warnings={summary.warningRows}
        {...(summary.errorRows > 0 ? { styles: { root: { color: "var(--cd-error)" } } } : {})}
      >
        {t(lang, "linesWithIssues", {
          errors: formatCount(lang, summary.errorRows),
          warnings: formatCount(lang, summary.warningRows),
        })}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {SHEET_BUTTONS.map(({ entity, create, open, testId }) => {
          const label = t(lang, bound(entity) ? open : create);
          return (
            <DefaultButton
              key={entity}
              text={label}
              ariaLabel={t(lang, "forCampaign", { action: label, no })}
              disabled={pending !== null}
              onClick={() => void openSheet(entity)}
              data-testid={testId}
            />
          );
        })}
        <DefaultButton
          text={t(lang, "firstIssue")}
          iconProps={{ iconName: "Warning" }}
          disabled={!first}
          allowDisabledFocus
          onClick={() => {
            if (first) void engine.selectIssue(first);
          }}
          data-testid="first-issue"
        />
      </Stack>
    </Stack>
  );
}
