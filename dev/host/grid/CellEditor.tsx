/** The in-place editor: an input over the cell; Enter/Tab commit and move, Escape cancels, blur commits. */
import type { KeyboardEvent } from "react";
import { editorKeyAction } from "./keyboard";
import type { EditorKeyAction } from "./keyboard";
import { editorStyle } from "./gridStyles";

export interface CellEditorProps {
  row: number;
  /** Pixel position of the cell's column (from the first shown column). */
  left: number;
  width: number;
  initialText: string;
  onKey: (action: Exclude<EditorKeyAction, "none">, text: string) => void;
  onBlur: (text: string) => void;
}

function focusAtEnd(input: HTMLInputElement | null): void {
  if (input === null) return;
  input.focus({ preventScroll: true });
  input.setSelectionRange(input.value.length, input.value.length);
}

export function CellEditor({ row, left, width, initialText, onKey, onBlur }: CellEditorProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = editorKeyAction(e);
    e.stopPropagation();
    if (action === "none") return;
    e.preventDefault();
    onKey(action, e.currentTarget.value);
  };
  return (
    <input
      data-testid="cell-editor"
      aria-label="Cell editor"
      ref={focusAtEnd}
      defaultValue={initialText}
      style={editorStyle(row, left, width)}
      onKeyDown={onKeyDown}
      onBlur={(e) => onBlur(e.currentTarget.value)}
      onPaste={(e) => e.stopPropagation()}
      onCopy={(e) => e.stopPropagation()}
    />
  );
}
