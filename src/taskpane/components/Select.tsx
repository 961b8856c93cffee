/**
 * A labelled native `<select>` styled from the Fluent theme (SP51), in place of Fluent's Dropdown, which brought
 * Panel, Modal and Checkbox along into a lazy chunk. The platform draws the list (keyboard, screen readers and
 * touch as the person's system does them); the field itself takes the theme's input colours and focus border.
 */
import { useTheme } from "@fluentui/react";
import { useId } from "react";
import { fieldClasses } from "./fieldStyles";

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

/** The field; `onChange` gets the option chosen. */
export function Select(props: Props) {
  const { label, selectedKey, options, onChange, errorMessage, required, disabled, minWidth } = props;
  const css = fieldClasses(useTheme());
  const id = useId();
  const known = selectedKey !== null && options.some((o) => o.key === selectedKey);
  const invalid = !!errorMessage;
  return (
    <div style={minWidth ? { minWidth } : undefined}>
      <label htmlFor={id} className={css.label}>
        {label}
        {required && (
          <span className={css.required} aria-hidden>
            *
          </span>
        )}
      </label>
      <select
        id={id}
        className={css.box}
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
