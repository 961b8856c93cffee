/** Row and table commands acting at the selection. */
import type { SimUserApi } from "../../excel-sim/simUserApi";
import {
  deleteRowAtSelection,
  deleteTableAtSelection,
  insertRowAtSelection,
  sortTableAtSelection,
  tableAtSelection,
} from "./gridCommands";
import { buttonStyle, toolbarStyle } from "./gridStyles";

export interface GridToolbarProps {
  sim: SimUserApi;
  /** Re-render the grid after a command. */
  onDone: () => void;
}

export function GridToolbar({ sim, onDone }: GridToolbarProps) {
  const hasTable = tableAtSelection(sim) !== null;
  const run = (command: (s: SimUserApi) => unknown) => () => {
    command(sim);
    onDone();
  };
  return (
    <div role="toolbar" aria-label="Sheet commands" style={toolbarStyle}>
      <button type="button" style={buttonStyle} aria-label="Insert row" onClick={run(insertRowAtSelection)}>
        Insert row
      </button>
      <button type="button" style={buttonStyle} aria-label="Delete row" onClick={run(deleteRowAtSelection)}>
        Delete row
      </button>
      <button
        type="button"
        style={buttonStyle}
        aria-label="Delete table"
        disabled={!hasTable}
        onClick={run(deleteTableAtSelection)}
      >
        Delete table
      </button>
      <button
        type="button"
        style={buttonStyle}
        aria-label="Sort table A to Z by the selected column"
        disabled={!hasTable}
        onClick={run(sortTableAtSelection)}
      >
        Sort A→Z
      </button>
    </div>
  );
}
