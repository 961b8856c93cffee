/**
 * A choice of one among a few (SP54): a `<fieldset>` of native radio buttons under its legend, styled from the Fluent
 * theme, in place of Fluent's ChoiceGroup (with Label, Icon and Image). The platform gives the arrow keys.
 */
import { mergeStyleSets, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import { useId } from "react";
import { fieldClasses } from "./fieldStyles";

interface Option {
  key: string;
  text: string;
}

interface Props {
  label: string;
  selectedKey: string;
  options: readonly Option[];
  onChange: (option: Option) => void;
}

function build(theme: Theme) {
  return mergeStyleSets({
    set: { border: 0, margin: 0, padding: 0, minWidth: 0 },
    choice: {
      ...theme.fonts.medium,
      display: "flex",
      alignItems: "flex-start",
      gap: 6,
      padding: "2px 0",
      color: theme.semanticColors.bodyText,
      overflowWrap: "anywhere",
      cursor: "pointer",
      selectors: { input: { margin: "2px 0 0", accentColor: theme.palette.themePrimary, flexShrink: 0 } },
    },
  });
}

const byTheme = new WeakMap<Theme, ReturnType<typeof build>>();

export function RadioGroup({ label, selectedKey, options, onChange }: Props) {
  const theme = useTheme();
  let css = byTheme.get(theme);
  if (!css) byTheme.set(theme, (css = build(theme)));
  const field = fieldClasses(theme);
  const name = useId();
  return (
    <fieldset className={css.set}>
      <legend className={field.label}>{label}</legend>
      {options.map((o) => (
        <label key={o.key} className={css.choice}>
          <input type="radio" name={name} value={o.key} checked={o.key === selectedKey} onChange={() => onChange(o)} />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}
