import { DefaultButton, ProgressIndicator, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain";
import type { EngineState } from "../../sync";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";

/** Never "Synced" while something was not saved or is still waiting to be checked. */
function statusText(lang: Lang, state: EngineState, issues: number): string {
  if (state.storage.full.length > 0 || state.error) return t(lang, "notSaved");
  if (issues > 0) return t(lang, "issuesCount", { n: issues });
  return state.busy ? t(lang, "checking") : t(lang, "synced");
}

/** Synced / N issues / working with progress and Cancel. Announced politely to screen readers. */
export function StatusBar() {
  const engine = useEngine();
  const state = useEngineState();
  const lang = engine.lang;
  const issues = state.issues.length;
  const progress = state.progress;
  return (
    <Stack
      role="status"
      aria-live="polite"
      tokens={{ childrenGap: 4 }}
      styles={{ root: { padding: "6px 10px" } }}
      data-testid="status-bar"
    >
      {progress ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          {/* ProgressIndicator drops data- attributes, so tests read them from its wrapper. */}
          <Stack.Item grow data-testid="progress" data-done={progress.done} data-total={progress.total}>
            <ProgressIndicator
              label={progress.label}
              {...(progress.total > 0
                ? {
                    percentComplete: Math.min(1, progress.done / progress.total),
                    description: t(lang, "progressRows", {
                      done: formatCount(lang, progress.done),
                      total: formatCount(lang, progress.total),
                    }),
                  }
                : {})}
            />
          </Stack.Item>
          <DefaultButton text={t(lang, "cancel")} onClick={() => engine.cancel()} data-testid="progress-cancel" />
        </Stack>
      ) : (
        <Text data-testid="status-text">{statusText(lang, state, issues)}</Text>
      )}
      {state.waitingForCellEdit && <Text data-testid="waiting-for-cell-edit">{t(lang, "waitingForCellEdit")}</Text>}
      {state.notice && <Text data-testid="status-notice">{state.notice}</Text>}
      {state.error && <Text styles={{ root: { color: "var(--cd-error)" } }}>{state.error}</Text>}
    </Stack>
  );
}
