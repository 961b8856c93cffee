/**
 * Requirement sets (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * the floor is the highest ExcelApi set the adapter uses unconditionally — the manifest declares it, so older hosts do
 * not offer the add-in, and `preflight.js` explains it where one loads anyway. Newer sets are checked at run time with
 * `isSetSupported` before use. src/workbook/README.md lists which APIs need which set;
 * test/manifest/requirementSets.test.ts computes the floor from the code and checks all of them agree.
 */
export const EXCEL_API_FLOOR = "1.8";

/** `Table.resize` (growthFallback.ts). */
export const RESIZE_SET = "1.13";

/** `RunOptions.mergeUndoGroup` (cellWriter.ts). */
export const UNDO_GROUP_SET = "1.20";
