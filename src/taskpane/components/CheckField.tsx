/**
 * A native checkbox with its label (SP51), in place of Fluent's Checkbox: the box takes the theme's primary colour
 * (`accent-color`), the platform draws its focus ring, and a click on the label toggles it.
 */
import { mergeStyles, useTheme } from "@fluentui/react";
import { useMemo } from "react";

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Why the box is disabled, shown on hover. */
  title?: string;
  "data-testid"?: string;
}

/** `data-testid` goes on the input, as the tests and e2e pages look for it there. */
export function CheckField({ label, checked, onChange, disabled, title, ...rest }: Props) {
  const theme = useTheme();
  const css = useMemo(
    () =>
      mergeStyles({
        ...theme.fonts.medium,
        display: "inline-flex",
        alignItems: "center",
        gap: 6,
        color: disabled ? theme.semanticColors.disabledText : theme.semanticColors.bodyText,
        cursor: disabled ? "default" : "pointer",
        selectors: { input: { margin: 0, width: 16, height: 16, accentColor: theme.palette.themePrimary } },
      }),
    [theme, disabled],
  );
  return (
    <label className={css} title={title}>
      <input
        type="checkbox"
        checked={checked}
        disabled={!!disabled}
        aria-disabled={!!disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={rest["data-testid"]}
      />
      {label}
    </label>
  );
}
