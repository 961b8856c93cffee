/** Sheet tabs along the bottom, as in Excel. */
import { tabStripStyle, tabStyle } from "./gridStyles";

export interface SheetTabsProps {
  names: readonly string[];
  active: string;
  onSelect: (name: string) => void;
}

export function SheetTabs({ names, active, onSelect }: SheetTabsProps) {
  return (
    <div role="tablist" aria-label="Sheets" style={tabStripStyle}>
      {names.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          data-testid={`sheet-tab-${name}`}
          style={tabStyle(name === active)}
          onClick={() => onSelect(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
