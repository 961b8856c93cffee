import { DefaultButton, ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";

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
        <Text data-testid="status-text">
          {issues > 0 ? t(lang, "issuesCount", { n: issues }) : state.busy ? t(lang, "checking") : t(lang, "synced")}
        </Text>
      )}
      {state.waitingForCellEdit && <Text data-testid="waiting-for-cell-edit">{t(lang, "waitingForCellEdit")}</Text>}
      {state.notice && <Text data-testid="status-notice">{state.notice}</Text>}
      {state.error && <Text styles={{ root: { color: "var(--cd-error)" } }}>{state.error}</Text>}
    </Stack>
  );
}
