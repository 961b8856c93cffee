import { Stack, Text } from "@fluentui/react";
import { useState } from "react";
import { ENTITY_ORDER } from "../../sync";
import { useEngine, useEngineState } from "../EngineContext";
import { bindInOrder, unboundSetupKinds } from "../bindSetupSheets";
import { entityName, t } from "../i18n";
import { PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

/** Binds every setup kind that has no sheet yet, one after another in ENTITY_ORDER. */
export function CreateSetupSheets() {
  const engine = useEngine();
  const lang = engine.lang;
  const { bindings } = useEngineState();
  const [current, setCurrent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  const missing = unboundSetupKinds(ENTITY_ORDER, bindings);

  async function createAll() {
    setError(null);
    const done: string[] = [];
    try {
      await bindInOrder(
        engine,
        missing,
        (entity) => setCurrent(entityName(lang, entity)),
        (entity) => {
          done.push(entityName(lang, entity));
        },
      );
    } catch (e) {
      setError(String((e as Error)?.message ?? e));
    } finally {
      setCurrent(null);
      setCreated(done);
    }
  }

  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <PrimaryButton
        text={t(lang, "createAllSetup")}
        iconProps={{ iconName: "Add" }}
        allowDisabledFocus
        disabled={current !== null || missing.length === 0}
        onClick={() => void createAll()}
        data-testid="create-all-setup"
      />
      {current !== null && <Text variant="small">{t(lang, "creatingSheet", { entity: current })}</Text>}
      {current === null && created.length > 0 && (
        <Text variant="small" data-testid="create-all-setup-report">
          {t(lang, "setupCreated", { n: created.length, names: created.join(", ") })}
        </Text>
      )}
      {current === null && missing.length === 0 && created.length === 0 && (
        <Text variant="small">{t(lang, "allSetupBound")}</Text>
      )}
      {error && <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>}
    </Stack>
  );
}
