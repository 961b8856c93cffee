/**
 * A message in the pane (SP52): a coloured bar with its icon, text and actions, styled from the theme's message
 * colours, in place of Fluent's MessageBar — whose dismiss and expand IconButtons brought Fluent's BaseButton (and with
 * it ContextualMenu) into the pane's first download. Errors and severe warnings are alerts, the rest polite status.
 */
import { FontIcon, mergeStyleSets, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { ReactNode } from "react";

/** The kinds of message, by the names Fluent's MessageBarType uses. */
export const MessageBarType = {
  info: "info",
  error: "error",
  severeWarning: "severeWarning",
  success: "success",
  warning: "warning",
} as const;
export type MessageBarType = (typeof MessageBarType)[keyof typeof MessageBarType];

const ICONS: Record<MessageBarType, string> = {
  info: "Info",
  error: "ErrorBadge",
  severeWarning: "Warning",
  success: "Completed",
  warning: "Info",
};

interface Props {
  messageBarType?: MessageBarType;
  /** Actions below the text (otherwise at its right). The text always wraps: no message is cut short. */
  isMultiline?: boolean;
  actions?: ReactNode;
  children?: ReactNode;
  "data-testid"?: string;
}

function barStyles(theme: Theme) {
  const c = theme.semanticColors;
  const look = (background: string, color: string) => ({ bar: { background }, icon: { color } });
  const looks: Record<MessageBarType, ReturnType<typeof look>> = {
    info: look(c.infoBackground, c.infoIcon),
    error: look(c.errorBackground, c.errorIcon),
    severeWarning: look(c.severeWarningBackground, c.severeWarningIcon),
    success: look(c.successBackground, c.successIcon),
    warning: look(c.warningBackground, c.warningIcon),
  };
  const kinds = Object.keys(looks) as MessageBarType[];
  const sets = Object.fromEntries(kinds.map((k) => [k, mergeStyleSets(looks[k])])) as unknown as Record<
    MessageBarType,
    { bar: string; icon: string }
  >;
  const shared = mergeStyleSets({
    bar: {
      ...theme.fonts.small,
      display: "flex",
      flexWrap: "wrap",
      alignItems: "flex-start",
      gap: "4px 8px",
      padding: "8px 12px",
      color: c.messageText,
      overflowWrap: "anywhere",
      selectors: { a: { color: c.messageLink } },
    },
    icon: { fontSize: 16, lineHeight: "16px", flexShrink: 0 },
    text: { flex: "1 1 0", minWidth: 0, lineHeight: "16px" },
    actions: { display: "flex", gap: 8, flexWrap: "wrap", marginLeft: "auto" },
    multiActions: { flexBasis: "100%", justifyContent: "flex-end" },
  });
  return { sets, shared };
}

type Classes = ReturnType<typeof barStyles>;
const byTheme = new WeakMap<Theme, Classes>();

/** The bar; `data-testid` is on the message itself (its text is the message alone, as with Fluent's MessageBar). */
export function MessageBar({ messageBarType = "info", isMultiline, actions, children, ...rest }: Props) {
  const theme = useTheme();
  let classes = byTheme.get(theme);
  if (!classes) byTheme.set(theme, (classes = barStyles(theme)));
  const { sets, shared } = classes;
  const alert = messageBarType === "error" || messageBarType === "severeWarning";
  return (
    <div className={`cd-MessageBar ${shared.bar} ${sets[messageBarType].bar}`}>
      <FontIcon
        iconName={ICONS[messageBarType]}
        className={`${shared.icon} ${sets[messageBarType].icon}`}
        aria-hidden
      />
      <div className={shared.text} role={alert ? "alert" : "status"} aria-live={alert ? "assertive" : "polite"}>
        <span data-testid={rest["data-testid"]}>{children}</span>
      </div>
      {actions && (
        <div className={isMultiline ? `${shared.actions} ${shared.multiActions}` : shared.actions}>{actions}</div>
      )}
    </div>
  );
}
