import { ProgressIndicator, Stack } from "@fluentui/react";
import { useEngine, useEngineState } from "../EngineContext";
import { formatCount, t } from "../i18n";
import { DefaultButton } from "./Button";
import { MessageBar, MessageBarType } from "./MessageBar";

/**
 * The local store's state, in one place: rebuilding from the workbook (progress, Cancel), a rebuild that was
 * cancelled, or a browser that may evict the store. Nothing when the store is ready and kept.
 */
export function StorageStatus() {
  const engine = useEngine();
  const { storage } = useEngineState();
  const lang = engine.lang;
  const counts = { done: formatCount(lang, storage.done), total: formatCount(lang, storage.total) };
  if (storage.phase === "rebuilding") {
    return (
      <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} data-testid="storage-rebuilding">
        <Stack.Item grow data-done={storage.done} data-total={storage.total}>
          <ProgressIndicator
            label={t(lang, "storageRebuilding", counts)}
            description={t(lang, "storageRebuildingDetail")}
            {...(storage.total > 0 ? { percentComplete: storage.done / storage.total } : {})}
          />
        </Stack.Item>
        <DefaultButton text={t(lang, "cancel")} onClick={() => engine.cancel()} data-testid="storage-cancel" />
      </Stack>
    );
  }
  return (
    <>
      {storage.full.length > 0 && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          data-testid="storage-full"
          actions={
            <DefaultButton
              text={t(lang, "storageTryAgain")}
              onClick={() => void engine.retryStorage()}
              data-testid="storage-retry"
            />
          }
        >
          <b>{t(lang, "storageFullTitle", { sheets: storage.full.join(", ") })}</b> {t(lang, "storageFullDetail")}
        </MessageBar>
      )}
      {storage.cancelled && (
        <MessageBar messageBarType={MessageBarType.warning} data-testid="storage-cancelled">
          {t(lang, "storageRebuildCancelled", counts)}
        </MessageBar>
      )}
      {storage.persistent === false && (
        <MessageBar messageBarType={MessageBarType.info} data-testid="storage-not-persistent" isMultiline>
          {t(lang, "storageNotPersistent")}
        </MessageBar>
      )}
    </>
  );
}
