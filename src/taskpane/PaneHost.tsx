/**
 * What the host the pane runs in allows, as the composition root found it (Office only in src/app and src/workbook):
 * whether a download from the pane works — not in Excel on Mac (office-js #2700, by design; TK24).
 */
import { createContext, useContext } from "react";

export interface PaneHost {
  /** A Blob download from the pane saves a file (false in Excel on Mac). */
  downloads: boolean;
}

export const DEFAULT_HOST: PaneHost = { downloads: true };

export const PaneHostContext = createContext<PaneHost>(DEFAULT_HOST);

export const usePaneHost = (): PaneHost => useContext(PaneHostContext);
