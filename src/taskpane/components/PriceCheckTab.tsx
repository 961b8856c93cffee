import { Stack } from "@fluentui/react";
import { useState } from "react";
import type { IsoDate, PriceCheckResult } from "../../domain";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { defaultPriceCheckDraft, priceCheckInputFromDraft } from "../priceCheckForm";
import type { PriceCheckField } from "../priceCheckForm";
import { PriceCheckForm } from "./PriceCheckForm";
import { PriceCheckResultView } from "./PriceCheckResultView";
import { PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

/** The Price check tab: the price and line discount a customer (or contact) gets, and why (domain-rules §5). */
export function PriceCheckTab({ today }: { today: IsoDate }) {
  const engine = useEngine();
  const lang = engine.lang;
  const [draft, setDraft] = useState(() => defaultPriceCheckDraft(today));
  const [errors, setErrors] = useState<Partial<Record<PriceCheckField, string>>>({});
  const [result, setResult] = useState<PriceCheckResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check() {
    const read = priceCheckInputFromDraft(draft, lang);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    setBusy(true);
    setFailure(null);
    try {
      setResult(await engine.priceCheck(read.input));
    } catch (e) {
      setResult(null);
      setFailure(String((e as Error)?.message ?? e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 8 } }}>
      <Stack
        as="form"
        tokens={{ childrenGap: 8 }}
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <PriceCheckForm lang={lang} draft={draft} errors={errors} onChange={setDraft} />
        <PrimaryButton
          type="submit"
          text={t(lang, "pcCheck")}
          iconProps={{ iconName: "Money" }}
          disabled={busy}
          data-testid="price-check-run"
        />
      </Stack>
      {failure && <MessageBar messageBarType={MessageBarType.error}>{failure}</MessageBar>}
      {result && <PriceCheckResultView lang={lang} result={result} />}
    </Stack>
  );
}
