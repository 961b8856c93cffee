import { Stack, Text } from "@fluentui/react";
import { useState } from "react";
import { formatMessage } from "../../domain";
import type { CampaignTargetGroup } from "../../domain";
import { activationOutcome, deactivationOutcome } from "../activationOutcome";
import type { Outcome } from "../activationOutcome";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { usePendingAnswer } from "../usePendingAnswer";
import { ConfirmDialog } from "./ConfirmDialog";
import { TargetGroupList } from "./TargetGroupList";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

const BAR_TYPES = {
  success: MessageBarType.success,
  info: MessageBarType.info,
  error: MessageBarType.error,
} as const;

interface Props {
  campaignNo: string;
  /** The campaign's target-group rows; undefined until read. Activated = at least one (domain-rules §4). */
  targetGroups: readonly CampaignTargetGroup[] | undefined;
}

/** Activate / Deactivate a stored campaign's prices and discounts, and who they apply to. */
export function CampaignActivation({ campaignNo, targetGroups }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The engine waits for the "no prices" answer; leaving without one refuses.
  const noPrices = usePendingAnswer<true, boolean>(false);
  const activated = targetGroups === undefined ? undefined : targetGroups.length > 0;

  async function run(work: () => Promise<Outcome>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } catch (e) {
      setOutcome({ severity: "error", lines: [String(e)] });
    } finally {
      setBusy(false);
    }
  }

  const confirmNoPrices = () => noPrices.ask(true);

  return (
    <Stack
      as="section"
      tokens={{ childrenGap: 6 }}
      aria-label={t(lang, "activation")}
      styles={{ root: { paddingTop: 8, borderTop: "1px solid var(--cd-border)" } }}
      data-testid="campaign-activation"
    >
      <Text data-testid="campaign-activated" data-activated={activated === undefined ? "" : String(activated)}>
        {t(lang, "fieldActivated")}: {activated === undefined ? "–" : t(lang, activated ? "yes" : "no")}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton
          text={t(lang, "activate")}
          ariaLabel={t(lang, "forCampaign", { action: t(lang, "activate"), no: campaignNo })}
          disabled={busy}
          onClick={() =>
            void run(async () => {
              let declined = false;
              const ask = async () => !(declined = !(await confirmNoPrices()));
              return activationOutcome(lang, campaignNo, await engine.activateCampaign(campaignNo, ask), declined);
            })
          }
          data-testid="campaign-activate"
        />
        <DefaultButton
          text={t(lang, "deactivate")}
          ariaLabel={t(lang, "forCampaign", { action: t(lang, "deactivate"), no: campaignNo })}
          disabled={busy || !activated}
          allowDisabledFocus
          onClick={() =>
            void run(async () => deactivationOutcome(lang, campaignNo, await engine.deactivateCampaign(campaignNo)))
          }
          data-testid="campaign-deactivate"
        />
      </Stack>
      {busy && <Text variant="small">{t(lang, "working")}</Text>}
      {outcome && (
        <MessageBar messageBarType={BAR_TYPES[outcome.severity]} isMultiline data-testid="campaign-activation-outcome">
          {outcome.lines.join(" ")}
        </MessageBar>
      )}
      <TargetGroupList lang={lang} rows={targetGroups} />
      <ConfirmDialog
        lang={lang}
        hidden={noPrices.question === null}
        title={t(lang, "activateTitle")}
        text={formatMessage("ACTIVATION_NO_PRICES", { campaign: campaignNo }, lang)}
        onYes={() => noPrices.answer(true)}
        onNo={() => noPrices.answer(false)}
        testId="campaign-no-prices"
      />
    </Stack>
  );
}
