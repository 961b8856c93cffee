import { FontIcon, Stack, Text } from "@fluentui/react";
import { useState } from "react";
import { ENTITY_ORDER } from "../../sync";
import { bindInOrder, unboundSetupKinds } from "../bindSetupSheets";
import { useEngine, useEngineState } from "../EngineContext";
import { firstSteps } from "../firstSteps";
import type { FirstStep } from "../firstSteps";
import { entityName, t } from "../i18n";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

interface Props {
  /** The first stored campaign (by no.), or null. */
  firstCampaignNo: string | null;
  /** Opens the card on a new campaign. */
  onNewCampaign: () => void;
}

/** PN8: while the Campaigns table is unbound or empty, the three first steps, each a button that does it. */
export function CampaignFirstSteps({ firstCampaignNo, onNewCampaign }: Props) {
  const engine = useEngine();
  const lang = engine.lang;
  const { bindings } = useEngineState();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ ok: boolean; text: string } | null>(null);
  const missing = unboundSetupKinds(ENTITY_ORDER, bindings);
  const steps = firstSteps(bindings, missing.length, firstCampaignNo);

  async function run(step: FirstStep["id"]) {
    setBusy(true);
    setReport(null);
    try {
      if (step === "setup") {
        await bindInOrder(engine, missing);
        const names = missing.map((e) => entityName(lang, e)).join(", ");
        setReport({ ok: true, text: t(lang, "setupCreated", { n: missing.length, names }) });
        await engine.bind("campaign");
      } else if (step === "campaign") {
        await engine.bind("campaign");
        onNewCampaign();
      } else if (firstCampaignNo !== null) {
        await engine.bind("salesLineDiscount", { campaignNo: firstCampaignNo });
      }
    } catch (e) {
      setReport({ ok: false, text: String((e as Error)?.message ?? e) });
    } finally {
      setBusy(false);
    }
  }

  const next = steps.find((s) => !s.done && s.enabled)?.id;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="first-steps" aria-label={t(lang, "firstStepsTitle")}>
      <Text variant="mediumPlus" as="h2" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {t(lang, "firstStepsTitle")}
      </Text>
      <Text>{t(lang, "firstStepsIntro")}</Text>
      {steps.map((step) => {
        const Button = step.id === next ? PrimaryButton : DefaultButton;
        const hint = step.enabled ? t(lang, `firstStepHint_${step.id}`) : t(lang, "firstStepHintNeedsCampaign");
        return (
          <Stack key={step.id} tokens={{ childrenGap: 2 }} data-testid={`first-step-${step.id}`} data-done={step.done}>
            <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 6 }}>
              <Button
                text={t(lang, `firstStep_${step.id}`)}
                disabled={busy || !step.enabled}
                allowDisabledFocus
                onClick={() => void run(step.id)}
                data-testid={`first-step-${step.id}-button`}
              />
              {step.done && <FontIcon iconName="CheckMark" aria-label={t(lang, "firstStepDone")} />}
            </Stack>
            <Text variant="small">{hint}</Text>
          </Stack>
        );
      })}
      {report && (
        <MessageBar
          messageBarType={report.ok ? MessageBarType.success : MessageBarType.error}
          isMultiline
          data-testid="first-steps-report"
        >
          {report.text}
        </MessageBar>
      )}
    </Stack>
  );
}
