/**
 * A labelled text box (SP54): a native `<input>` (or `<textarea>` with `multiline`) styled from the Fluent theme, in
 * place of Fluent's TextField, which with Icon, Image and Label was the pane's last Fluent input chunk. Same props as
 * the pane used of Fluent's: `onChange(event, value)`, a description under the box, an error said at the field.
 */
import { mergeStyles, useTheme } from "@fluentui/react";
import type { IRawStyle } from "@fluentui/react";
import { useId } from "react";
import type { ChangeEvent, FocusEvent, HTMLAttributes, KeyboardEvent } from "react";
import { fieldClasses } from "./fieldStyles";

interface Props {
  label: string;
  value: string;
  onChange?: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>, value?: string) => void;
  onBlur?: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  description?: string;
  errorMessage?: string;
  readOnly?: boolean;
  placeholder?: string;
  type?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
  spellCheck?: boolean;
  multiline?: boolean;
  rows?: number;
  /** Extra style on the box itself (a monospace text area). */
  styles?: { field?: IRawStyle };
  "data-testid"?: string;
}

export function TextField(props: Props) {
  const { label, description, errorMessage, multiline, styles } = props;
  const css = fieldClasses(useTheme());
  const id = useId();
  const invalid = !!errorMessage;
  const describedBy = [invalid && `${id}-error`, description && `${id}-description`].filter(Boolean).join(" ");
  const extra = styles?.field ? mergeStyles(styles.field) : "";
  const shared = {
    id,
    value: props.value,
    readOnly: props.readOnly,
    placeholder: props.placeholder,
    spellCheck: props.spellCheck,
    autoComplete: props.autoComplete,
    "aria-invalid": invalid,
    "aria-describedby": describedBy || undefined,
    "data-testid": props["data-testid"],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange?.(e, e.target.value),
    onBlur: props.onBlur,
    onKeyDown: props.onKeyDown,
  };
  return (
    <div>
      <label htmlFor={id} className={css.label}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={props.rows} className={`${css.box} ${css.area} ${extra}`} />
      ) : (
        <input {...shared} type={props.type ?? "text"} inputMode={props.inputMode} className={`${css.box} ${extra}`} />
      )}
      {description && (
        <span id={`${id}-description`} className={css.description}>
          {description}
        </span>
      )}
      {invalid && (
        <p id={`${id}-error`} role="alert" className={css.error}>
          {errorMessage}
        </p>
      )}
    </div>
  );
}
