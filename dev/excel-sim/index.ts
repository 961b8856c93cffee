/** dev/excel-sim: an in-memory Excel for tests and the dev host. */

/** Creates a simulated workbook (restored from `state` when given). */
export { createExcelSim } from "./excelSim";
/** The sim: `run` (Excel.run), counters, failure injection, event flushing, plus the person-side API. */
export type { ExcelSim } from "./excelSim";
/** Options of `createExcelSim` (payload limit). */
export type { ExcelSimOptions } from "./excelSim";
/** `Excel.RunOptions` the sim honours (`delayForCellEdit`, `mergeUndoGroup`, `previousObjects`). */
export type { SimRunOptions } from "./api/runArgs";
/** A person in cell-edit mode (`userBeginCellEdit` / `userEndCellEdit`). */
export type { SimCellEditApi } from "./person/cellEditApi";
/** Round trips and payload bytes seen by the sim. */
export type { SimCounters } from "./excelSim";
/** `Excel.RequestContext` of the sim (what `sim.run` hands the batch). */
export { SimRequestContext } from "./api/requestContext";
/** Event args the sim hands to `Worksheet.onChanged` handlers (Excel.WorksheetChangedEventArgs shape). */
export type { SimWorksheetChangedEventArgs } from "./api/eventHub";
/** Event args the sim hands to `Table.onChanged` handlers (Excel.TableChangedEventArgs shape). */
export type { SimTableChangedEventArgs } from "./api/eventHub";
/** Error thrown by the sim, shaped like OfficeExtension.Error (`code`, `message`, `debugInfo`). */
export { SimError } from "./model/simError";
/** What a person does to the workbook (dev host grid, tests). */
export type { SimUserApi } from "./simUserApi";
/** One cell as the person sees it. */
export type { SimCellView } from "./simUserApi";

export type { SimTextRows } from "./simUserApi";
/** Where a table is, as the person sees it. */
export type { SimTableView } from "./simUserApi";
/** The selected cell. */
export type { SimSelection } from "./simUserApi";
/** Saved workbook (JSON-serialisable). */
export type { SimWorkbookState } from "./simUserApi";
/** Person-side helpers beyond SimUserApi (`addTableAsUser`, `coauthorEdit`). */
export type { SimUserExtras } from "./person/userApi";
/** Data validation and conditional-format getters for tests (`validationAt`, `conditionalFormatsOn`, `conditionalStyleAt`). */
export type { SimRulesApi } from "./person/rulesView";
/** The data validation of one cell, as the sim reports it. */
export type { SimValidationView } from "./person/rulesView";
/** One conditional format (rule, colours, where it applies). */
export type { SimConditionalFormatView } from "./person/rulesView";
