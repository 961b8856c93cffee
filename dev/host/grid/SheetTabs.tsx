/** Sheet tabs along the bottom, as in Excel: click to show a sheet, double-click to rename it (Enter keeps, Esc not). */
import { useState } from "react";
import { tabStripStyle, tabStyle } from "./gridStyles";

export interface SheetTabsProps {
  names: readonly string[];
  active: string;
  onSelect: (name: string) => void;
  /** Renames a sheet; returns why Excel refuses the name, or null when renamed. */
  onRename: (name: string, newName: string) => string | null;
}

export function SheetTabs({ names, active, onSelect, onRename }: SheetTabsProps) {
  const [renaming, setRenaming] = useState<{ name: string; text: string; error: string | null } | null>(null);
  const finish = (keep: boolean) => {
    if (!renaming) return;
    const error = keep && renaming.text !== renaming.name ? onRename(renaming.name, renaming.text) : null;
    setRenaming(error ? { ...renaming, error } : null);
  };
  return (
    <div role="tablist" aria-label="Sheets" style={tabStripStyle}>
      {names.map((name) =>
        renaming?.name === name ? (
          <input
            key={name}
            autoFocus
            aria-label={`Rename sheet ${name}`}
            title={renaming.error ?? "Enter to rename, Esc to cancel"}
            data-testid={`sheet-rename-${name}`}
            value={renaming.text}
            style={{ ...tabStyle(true), outline: renaming.error ? "2px solid #a4262c" : undefined }}
            onChange={(e) => setRenaming({ ...renaming, text: e.target.value, error: null })}
            onKeyDown={(e) => {
              if (e.key === "Enter") finish(true);
              if (e.key === "Escape") finish(false);
            }}
            onBlur={() => finish(false)}
          />
        ) : (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === active}
            data-testid={`sheet-tab-${name}`}
            style={tabStyle(name === active)}
            onClick={() => onSelect(name)}
            onDoubleClick={() => setRenaming({ name, text: name, error: null })}
          >
            {name}
          </button>
        ),
      )}
    </div>
  );
}
