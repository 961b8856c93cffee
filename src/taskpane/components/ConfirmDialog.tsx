import type { Lang } from "../../domain";
import { t } from "../i18n";
import { ModalDialog } from "./ModalDialog";
import { DefaultButton, PrimaryButton } from "./Button";

interface Props {
  lang: Lang;
  hidden: boolean;
  title: string;
  text: string;
  onYes: () => void;
  onNo: () => void;
  /** Escape; defaults to No. */
  onDismiss?: () => void;
  /** Prefix of the buttons' data-testids (`-yes`, `-no`). */
  testId: string;
}

/** A Yes/No question. Yes comes first and takes the focus, so Enter answers the default Yes. */
export function ConfirmDialog({ lang, hidden, title, text, onYes, onNo, onDismiss, testId }: Props) {
  return (
    <ModalDialog
      hidden={hidden}
      title={title}
      subText={text}
      onDismiss={onDismiss ?? onNo}
      footer={
        <>
          <PrimaryButton text={t(lang, "yes")} onClick={onYes} data-testid={`${testId}-yes`} />
          <DefaultButton text={t(lang, "no")} onClick={onNo} data-testid={`${testId}-no`} />
        </>
      }
    />
  );
}
