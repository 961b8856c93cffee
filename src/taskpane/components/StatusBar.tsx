import { ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";
import { statusWord } from "../statusWord";
import { DefaultButton } from "./Button";

/**
 * Synced / N issues / Not synced / working with progress and Cancel (also Cancel while an operation runs).
 * Announced politely to screen readers.
 */
export function StatusBar() {
  const engine = useEngine();
  const state = useEngineState();
  const lang = engine.lang;
  const issues = state.issues.length;
  const progress = state.progress;
  const word = statusWord(state);
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
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Text data-testid="status-text">
            {word === "issues" ? t(lang, "issuesCount", { n: issues }) : t(lang, word)}
          </Text>
          {/* An operation shows no progress bar: it can be cancelled here while it runs (F6). */}
          {state.busy || state.pending > 0 ? (
            <DefaultButton text={t(lang, "cancel")} onClick={() => engine.cancel()} data-testid="status-cancel" />
          ) : null}
        </Stack>
      )}
      {state.waitingForCellEdit && <Text data-testid="waiting-for-cell-edit">{t(lang, "waitingForCellEdit")}</Text>}
      {state.notice && <Text data-testid="status-notice">{state.notice}</Text>}
      {state.error && <Text styles={{ root: { color: "var(--cd-error)" } }}>{state.error}</Text>}
    </Stack>
  );
}
