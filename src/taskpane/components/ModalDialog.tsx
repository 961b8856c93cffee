/**
 * A blocking question as a native `<dialog>` opened with `showModal()` (SP51), in place of Fluent's Dialog, Modal
 * and FocusTrapZone: the browser keeps the focus inside it, puts the first button in focus, makes the page behind
 * it inert and closes on Escape (reported as `onDismiss`). Colours are the theme's.
 */
import { mergeStyleSets, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import { useEffect, useId, useMemo, useRef } from "react";
import type { ReactNode } from "react";

interface Props {
  hidden: boolean;
  title: string;
  subText: string;
  /** Escape. */
  onDismiss: () => void;
  /** Fields between the text and the buttons. */
  children?: ReactNode;
  /** The buttons, the default first. */
  footer: ReactNode;
}

function dialogStyles(theme: Theme) {
  const { semanticColors, fonts, effects } = theme;
  return mergeStyleSets({
    dialog: {
      width: "min(288px, calc(100vw - 32px))",
      padding: "16px 20px 20px",
      color: semanticColors.bodyText,
      background: semanticColors.bodyBackground,
      border: `1px solid ${semanticColors.bodyDivider}`,
      borderRadius: effects.roundedCorner2,
      boxShadow: effects.elevation64,
      selectors: { "::backdrop": { background: "rgba(0, 0, 0, 0.4)" } },
    },
    title: { ...fonts.xLarge, fontWeight: 600, margin: "0 0 12px" },
    text: { ...fonts.medium, color: semanticColors.bodySubtext, margin: "0 0 16px" },
    footer: { display: "flex", gap: 8, justifyContent: "flex-end", flexWrap: "wrap", marginTop: 16 },
  });
}

/** Shown while `hidden` is false; its content is rendered only then. */
export function ModalDialog({ hidden, title, subText, onDismiss, children, footer }: Props) {
  const theme = useTheme();
  const css = useMemo(() => dialogStyles(theme), [theme]);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!hidden && !dialog.open) dialog.showModal();
    if (hidden && dialog.open) dialog.close();
  }, [hidden]);
  return (
    <dialog
      ref={ref}
      className={css.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        // Escape: the parent decides (it sets `hidden`), so the dialog's state follows React's.
        e.preventDefault();
        onDismiss();
      }}
    >
      {!hidden && (
        <>
          <h2 id={`${id}-title`} className={css.title}>
            {title}
          </h2>
          <p id={`${id}-text`} className={css.text}>
            {subText}
          </p>
          {children}
          <div className={css.footer}>{footer}</div>
        </>
      )}
    </dialog>
  );
}
