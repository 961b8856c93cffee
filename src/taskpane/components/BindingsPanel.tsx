import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from "@fluentui/react";
import type { EntityKind } from "../../domain";
import { ENTITY_ORDER } from "../../sync";
import type { BindingView } from "../../sync";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";

/** One card per bindable record kind: create/adopt its sheet, see its health, recreate a deleted table. */
export function BindingsPanel() {
  const engine = useEngine();
  const { bindings } = useEngineState();
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="bindings-panel">
      {ENTITY_ORDER.map((entity) => (
        <BindingCard
          key={entity}
          entity={entity}
          view={bindings.find((b) => b.entity === entity)}
          engineLang={engine.lang}
        />
      ))}
    </Stack>
  );
}

function BindingCard({
  entity,
  view,
  engineLang: lang,
}: {
  entity: EntityKind;
  view: BindingView | undefined;
  engineLang: "en" | "da";
}) {
  const engine = useEngine();
  const title = t(lang, `entity_${entity}`);
  return (
    <Stack
      tokens={{ childrenGap: 6 }}
      styles={{ root: { padding: 10, border: "1px solid", borderColor: "var(--cd-border)", borderRadius: 4 } }}
      data-testid={`binding-${entity}`}
    >
      <Text variant="mediumPlus" as="h3" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {title}
      </Text>
      {!view && (
        <>
          <Text>{t(lang, "notBound")}</Text>
          <PrimaryButton
            text={t(lang, "createSheet")}
            onClick={() => void engine.bind(entity)}
            ariaLabel={`${t(lang, "createSheet")}: ${title}`}
          />
        </>
      )}
      {view && (
        <>
          <Text>{t(lang, "onSheet", { sheet: view.sheetName })}</Text>
          <Text data-testid={`binding-${entity}-counts`}>
            {view.health === "checking"
              ? t(lang, "checking")
              : t(lang, "rowsIssues", { rows: view.rows, issues: view.issueCount })}
          </Text>
          {view.problems.map((p) => (
            <MessageBar
              key={p}
              messageBarType={view.health === "broken" ? MessageBarType.severeWarning : MessageBarType.warning}
            >
              {p}
            </MessageBar>
          ))}
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            {view.health === "broken" ? (
              <PrimaryButton text={t(lang, "recreate")} onClick={() => void engine.recreate(view.id)} />
            ) : (
              <DefaultButton text={t(lang, "checkNow")} onClick={() => void engine.reconcile(view.id)} />
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
