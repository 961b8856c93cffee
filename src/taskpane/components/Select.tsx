/**
 * A labelled native `<select>` styled from the Fluent theme (SP51), in place of Fluent's Dropdown, which brought
 * Panel, Modal and Checkbox along into a lazy chunk. The platform draws the list (keyboard, screen readers and
 * touch as the person's system does them); the field itself takes the theme's input colours and focus border.
 */
import { Label, mergeStyleSets, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import { useId, useMemo } from "react";

export interface SelectOption {
  key: string;
  text: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  /** The chosen option's key; null (or a key no option has) shows an empty field. */
  selectedKey: string | null;
  options: readonly SelectOption[];
  onChange: (option: SelectOption) => void;
  errorMessage?: string;
  required?: boolean;
  disabled?: boolean;
  minWidth?: number;
  "data-testid"?: string;
}

function selectStyles(theme: Theme) {
  const { semanticColors, palette, fonts, effects } = theme;
  return mergeStyleSets({
    select: {
      ...fonts.medium,
      display: "block",
      width: "100%",
      height: 32,
      padding: "0 8px",
      boxSizing: "border-box",
      color: semanticColors.inputText,
      background: semanticColors.inputBackground,
      border: `1px solid ${semanticColors.inputBorder}`,
      borderRadius: effects.roundedCorner2,
      selectors: {
        ":hover": { borderColor: semanticColors.inputBorderHovered },
        ":focus": { outline: `2px solid ${semanticColors.inputFocusBorderAlt}`, outlineOffset: -2 },
        ":disabled": {
          color: semanticColors.disabledText,
          background: semanticColors.disabledBackground,
          borderColor: semanticColors.disabledBackground,
        },
        '&[aria-invalid="true"]': { borderColor: semanticColors.errorText },
      },
    },
    error: { ...fonts.small, color: semanticColors.errorText ?? palette.redDark, margin: 0, paddingTop: 5 },
  });
}

/** The field; `onChange` gets the option chosen. */
export function Select(props: Props) {
  const { label, selectedKey, options, onChange, errorMessage, required, disabled, minWidth } = props;
  const theme = useTheme();
  const css = useMemo(() => selectStyles(theme), [theme]);
  const id = useId();
  const known = selectedKey !== null && options.some((o) => o.key === selectedKey);
  const invalid = !!errorMessage;
  return (
    <div style={minWidth ? { minWidth } : undefined}>
      <Label htmlFor={id} required={!!required} disabled={!!disabled}>
        {label}
      </Label>
      <select
        id={id}
        className={css.select}
        value={known ? (selectedKey ?? "") : ""}
        required={required}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        data-testid={props["data-testid"]}
        onChange={(e) => {
          const option = options.find((o) => o.key === e.target.value);
          if (option) onChange(option);
        }}
      >
        {!known && !options.some((o) => o.key === "") && <option value="" disabled hidden />}
        {options.map((o) => (
          <option key={o.key} value={o.key} disabled={o.disabled}>
            {o.text}
          </option>
        ))}
      </select>
      {invalid && (
        <p id={`${id}-error`} role="alert" className={css.error}>
          {errorMessage}
        </p>
      )}
    </div>
  );
}
