import { DefaultButton, ProgressIndicator, Stack, Text } from "@fluentui/react";
import { useEngine, useEngineState } from "../EngineContext";
import { t } from "../i18n";

/** Synced / N issues / working with progress and Cancel. Announced politely to screen readers. */
export function StatusBar() {
  const engine = useEngine();
  const state = useEngineState();
  const lang = engine.lang;
  const issues = state.issues.length;
  return (
    <Stack
      role="status"
      aria-live="polite"
      tokens={{ childrenGap: 4 }}
      styles={{ root: { padding: "6px 10px" } }}
      data-testid="status-bar"
    >
      {state.progress ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <Stack.Item grow>
            <ProgressIndicator
              label={state.progress.label}
              {...(state.progress.total > 0 ? { percentComplete: state.progress.done / state.progress.total } : {})}
            />
          </Stack.Item>
          <DefaultButton text={t(lang, "cancel")} onClick={() => engine.cancel()} />
        </Stack>
      ) : (
        <Text data-testid="status-text">
          {issues > 0 ? t(lang, "issuesCount", { n: issues }) : state.busy ? t(lang, "checking") : t(lang, "synced")}
        </Text>
      )}
      {state.error && <Text styles={{ root: { color: "var(--cd-error)" } }}>{state.error}</Text>}
    </Stack>
  );
}
