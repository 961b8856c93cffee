import { Stack, Text } from "@fluentui/react";
import type { EntityKind, Lang } from "../../domain";
import type { BindingView } from "../../sync";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { DefaultButton, PrimaryButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

interface Props {
  entity: EntityKind;
  title: string;
  /** The binding, or undefined while the kind has no sheet yet (then the card offers to create it). */
  view: BindingView | undefined;
  lang: Lang;
  /** Stable hook for tests; the counts line adds `-counts`. */
  testId: string;
}

/** One bound (or bindable) sheet: create/adopt it, see its health, recreate a deleted table. */
export function BindingCard({ entity, title, view, lang, testId }: Props) {
  const engine = useEngine();
  return (
    <Stack
      tokens={{ childrenGap: 6 }}
      styles={{ root: { padding: 10, border: "1px solid", borderColor: "var(--cd-border)", borderRadius: 4 } }}
      data-testid={testId}
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
            data-testid={`${testId}-create`}
          />
        </>
      )}
      {view && (
        <>
          <Text>{t(lang, "onSheet", { sheet: view.sheetName })}</Text>
          <Text data-testid={`${testId}-counts`}>
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
          {(view.extraColumns ?? []).length > 0 && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid={`${testId}-extra`}>
              {t(lang, "extraColumns", {
                n: view.extraColumns!.length,
                columns: view.extraColumns!.map((c) => `‘${c}’`).join(", "),
              })}
            </MessageBar>
          )}
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            {view.health === "broken" ? (
              <PrimaryButton
                text={t(lang, "recreate")}
                onClick={() => void engine.recreate(view.id)}
                ariaLabel={`${t(lang, "recreate")}: ${title}`}
              />
            ) : (
              <DefaultButton
                text={t(lang, "checkNow")}
                onClick={() => void engine.reconcile(view.id)}
                ariaLabel={`${t(lang, "checkNow")}: ${title}`}
              />
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}
