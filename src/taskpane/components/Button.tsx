/**
 * The pane's buttons (SP52): one small `<button>` in four looks — primary, default, icon and action — styled from the
 * Fluent theme, in place of Fluent's PrimaryButton, DefaultButton, IconButton and ActionButton, whose BaseButton
 * imports ContextualMenu, Callout, Popup and KeytipData for menus the pane never opens. Focus shows a visible
 * outline (keyboard focus only), a disabled button is `disabled` and says so with `aria-disabled`.
 */
import { FontIcon, mergeStyleSets, useTheme } from "@fluentui/react";
import type { IRawStyle, Theme } from "@fluentui/react";
import type { MouseEvent, ReactNode } from "react";

type Variant = "primary" | "default" | "icon" | "action";

export interface ButtonProps {
  text?: string;
  iconProps?: { iconName: string };
  onClick?: (e: MouseEvent<HTMLButtonElement>) => void;
  disabled?: boolean;
  /** A disabled button stays in the tab order (aria-disabled only), so its title and label can still be read. */
  allowDisabledFocus?: boolean;
  /** "submit" in a form, so Enter in its fields presses it. */
  type?: "button" | "submit";
  ariaLabel?: string;
  title?: string;
  "aria-expanded"?: boolean;
  "aria-controls"?: string;
  "data-testid"?: string;
  /** Extra style on the button (margins, widths). */
  styles?: { root?: IRawStyle };
  children?: ReactNode;
}

function buttonStyles(theme: Theme) {
  const { semanticColors: c, fonts, effects, palette } = theme;
  const filled = (bg: string, fg: string, border: string, hover: [string, string], pressed: [string, string]) => ({
    background: bg,
    color: fg,
    border: `1px solid ${border}`,
    selectors: {
      ':hover:enabled:not([aria-disabled="true"])': { background: hover[0], color: hover[1] },
      ':active:enabled:not([aria-disabled="true"])': { background: pressed[0], color: pressed[1] },
    },
  });
  const bare = (fg: string) => ({
    background: "transparent",
    color: fg,
    border: "1px solid transparent",
    selectors: {
      ':hover:enabled:not([aria-disabled="true"])': {
        background: c.buttonBackgroundHovered,
        color: c.buttonTextHovered,
      },
      ':active:enabled:not([aria-disabled="true"])': { background: c.buttonBackgroundPressed },
    },
  });
  const disabledLook = {
    cursor: "default",
    background: c.buttonBackgroundDisabled,
    color: c.buttonTextDisabled,
    borderColor: c.buttonBackgroundDisabled,
  };
  return mergeStyleSets({
    root: {
      ...fonts.medium,
      display: "inline-flex",
      alignItems: "center",
      justifyContent: "center",
      gap: 4,
      boxSizing: "border-box",
      minHeight: 32,
      padding: "0 16px",
      borderRadius: effects.roundedCorner2,
      fontWeight: 600,
      cursor: "pointer",
      userSelect: "none",
      selectors: {
        ":focus": { outline: "none" },
        ":focus-visible": { outline: `2px solid ${c.focusBorder}`, outlineOffset: 1 },
        ":disabled": disabledLook,
        '&[aria-disabled="true"]': disabledLook,
      },
    },
    primary: filled(
      c.primaryButtonBackground,
      c.primaryButtonText,
      c.primaryButtonBackground,
      [c.primaryButtonBackgroundHovered, c.primaryButtonTextHovered],
      [c.primaryButtonBackgroundPressed, c.primaryButtonTextPressed],
    ),
    default: filled(
      c.buttonBackground,
      c.buttonText,
      c.buttonBorder,
      [c.buttonBackgroundHovered, c.buttonTextHovered],
      [c.buttonBackgroundPressed, c.buttonTextPressed],
    ),
    icon: { ...bare(palette.themePrimary), width: 32, padding: 0 },
    action: { ...bare(c.bodyText), fontWeight: 400, minHeight: 40, padding: "0 4px" },
    glyph: { fontSize: 16, lineHeight: 1, color: "inherit" },
    actionGlyph: { fontSize: 16, lineHeight: 1, color: palette.themePrimary },
  });
}

type Classes = ReturnType<typeof buttonStyles>;
const byTheme = new WeakMap<Theme, Classes>();
function classesFor(theme: Theme): Classes {
  let classes = byTheme.get(theme);
  if (!classes) byTheme.set(theme, (classes = buttonStyles(theme)));
  return classes;
}

function Button({ variant, props }: { variant: Variant; props: ButtonProps }) {
  const { text, iconProps, onClick, disabled, allowDisabledFocus, ariaLabel, title, styles, children } = props;
  const css = classesFor(useTheme());
  const extra = styles?.root ? mergeStyleSets({ root: styles.root }).root : "";
  const glyph = variant === "action" ? css.actionGlyph : css.glyph;
  return (
    <button
      type={props.type ?? "button"}
      className={`cd-Button cd-Button--${variant} ${css.root} ${css[variant]} ${extra}`}
      onClick={disabled ? undefined : onClick}
      disabled={!!disabled && !allowDisabledFocus}
      aria-disabled={disabled || undefined}
      aria-label={ariaLabel}
      aria-expanded={props["aria-expanded"]}
      aria-controls={props["aria-controls"]}
      title={title}
      data-testid={props["data-testid"]}
    >
      {iconProps && <FontIcon iconName={iconProps.iconName} className={glyph} aria-hidden />}
      {text !== undefined && <span>{text}</span>}
      {children}
    </button>
  );
}

/** The step the person is expected to take. */
export const PrimaryButton = (props: ButtonProps) => <Button variant="primary" props={props} />;
/** Any other command. */
export const DefaultButton = (props: ButtonProps) => <Button variant="default" props={props} />;
/** An icon alone; give it `ariaLabel` and `title`. */
export const IconButton = (props: ButtonProps) => <Button variant="icon" props={props} />;
/** A borderless command with an icon (a section's toggle). */
export const ActionButton = (props: ButtonProps) => <Button variant="action" props={props} />;
