/** The sheets layer: schemas of the bound tables and the parsing/formatting of their cells. */

/** How a cell is read and written ("code" | "text" | "date" | "boolean" | "number" | "integer" | "percent" | "option"). */
export type { FieldType } from "./schemaTypes";
/** A caption in English and Danish. */
export type { Caption } from "./schemaTypes";
/** One schema column tied to one record field (an option column lists its values). */
export type { ColumnDef } from "./schemaTypes";
/** One value of an option column: the record's value and its caption. */
export type { OptionDef } from "./schemaTypes";
/** The setup table key column whose values feed a code column's Excel list validation. */
export type { ListSource } from "./schemaTypes";
/** A header column the schema does not know (index and caption), listed in ColumnMap.extra. */
export type { ExtraColumn } from "./schemaTypes";
/** One of the add-in's own columns (status, row id, row version). */
export type { SystemColumnDef } from "./schemaTypes";
/** Everything needed to bind records of one kind to an Excel table. */
export type { SheetSchema } from "./schemaTypes";
/** Column indices found from a table's header by caption. */
export type { ColumnMap } from "./schemaTypes";
/** A header caption that is missing or appears more than once. */
export type { HeaderProblem } from "./schemaTypes";
/** One parsed row: record, row id/version, blank flag, issues, canonical text. */
export type { ParsedRow } from "./schemaTypes";
/** Result of resolveHeader. */
export type { HeaderResult } from "./resolveHeader";
/** Results of the cell parsers (a failure carries a reason). */
export type { DateResult } from "./parseDate";
export type { NumberResult } from "./parseNumber";
export type { BooleanResult } from "./parseBoolean";
export type { OptionResult } from "./parseOption";

/** Schema of the CampaignStatus table. */
export { campaignStatusSchema } from "./schemas";
/** Schema of the Salesperson table. */
export { salespersonSchema } from "./schemas";
/** Schema of the Campaign table. */
export { campaignSchema } from "./schemas";
/** Schema of the ItemDiscountGroup table. */
export { itemDiscountGroupSchema } from "./setupSchemas";
/** Schema of the CustomerPriceGroup table. */
export { customerPriceGroupSchema } from "./setupSchemas";
/** Schema of the CustomerDiscountGroup table. */
export { customerDiscountGroupSchema } from "./setupSchemas";
/** Schema of the Currency table. */
export { currencySchema } from "./setupSchemas";
/** Schema of the Customer table. */
export { customerSchema } from "./setupSchemas";
/** Schema of the Item table. */
export { itemSchema } from "./itemSchemas";
/** Schema of the ItemUnitOfMeasure table (keyOf joins item no. and code with U+001F). */
export { itemUnitOfMeasureSchema } from "./itemSchemas";
/** Schema of the ItemVariant table (keyOf joins item no. and code with U+001F). */
export { itemVariantSchema } from "./itemSchemas";
/** Schema of the general Sales Prices table (key = row id). */
export { salesPriceSchema } from "./priceSchemas";
/** Schema of the general Sales Line Discounts table (key = row id). */
export { salesLineDiscountSchema } from "./priceSchemas";
/** Options of SalesPrice.salesType, SalesLineDiscount.salesType and SalesLineDiscount.type, with captions. */
export { SALES_PRICE_TYPES, SALES_DISCOUNT_TYPES, LINE_DISCOUNT_TYPES } from "./priceSchemas";
/** One campaign's prices sheet: no Sales Type/Code columns (fixed), read-only dates. */
export { campaignPriceSchema } from "./campaignLineSchemas";
/** One campaign's line discounts sheet: no Sales Type/Code columns (fixed), read-only dates. */
export { campaignDiscountSchema } from "./campaignLineSchemas";
/** A prefix and a name as a valid Excel table name (letters, digits, "_"; hashed when changed). */
export { excelTableName } from "./campaignLineSchemas";
/** A prefix and a name as a valid Excel sheet name (≤ 31 chars, no []:*?/\; hashed when changed). */
export { excelSheetName } from "./campaignLineSchemas";
/** Schema of the Contact table (Type: Company/Person). */
export { contactSchema } from "./contactSchemas";
/** Schema of the Team table. */
export { teamSchema } from "./contactSchemas";
/** Schema of the TeamMember table (keyOf joins team code and salesperson code with U+001F). */
export { teamMemberSchema } from "./contactSchemas";
/** Options of Contact.type, with captions. */
export { CONTACT_TYPES } from "./contactSchemas";
/** Schema of the InteractionGroup table. */
export { interactionGroupSchema } from "./interactionSchemas";
/** Schema of the InteractionTemplate table. */
export { interactionTemplateSchema } from "./interactionSchemas";
/** Options of InteractionTemplate.informationFlow and .initiatedBy ("" first), with captions. */
export { INFORMATION_FLOWS, INITIATED_BY } from "./interactionSchemas";
/** Schema of the general Segment Lines sheet (Segment No. column; key = line no., numbered by the engine). */
export { allSegmentLinesSchema } from "./segmentSchemas";
/** One segment's lines sheet ("Segment SEG0012"): no Segment No. column (fixed), Contact No. as text. */
export { segmentLineSchema } from "./segmentSchemas";
/** Options of SegmentLine.evaluation ("" first), with captions. */
export { EVALUATIONS } from "./segmentSchemas";
/** The workbook's own state on very hidden sheets: segment headers, number series, activation marks. */
export { campaignActivationSchema, numberSeriesSchema, segmentHeaderSchema } from "./stateSchemas";
/** Interactions (BC 5065), campaign entries (5072) and logged segments (5075): issue 16. */
export { campaignEntrySchema, interactionLogEntrySchema, loggedSegmentSchema } from "./interactionLogSchemas";
/** Sales cycles, their stages, opportunities and opportunity entries (issue 17). */
export {
  opportunityEntrySchema,
  opportunitySchema,
  salesCycleSchema,
  salesCycleStageSchema,
} from "./opportunitySchemas";
/** Activities, their steps and tasks (issue 18). */
export { activitySchema, activityStepSchema, taskSchema } from "./taskSchemas";
/** The general schema of a record kind (record type erased); all 19 kinds. */
export { schemaFor } from "./schemas";
/** The add-in's status, row id and row version columns, appended to every bound table. */
export { SYSTEM_COLUMNS } from "./schemas";
/** Column layout of a new table: schema columns then system columns, captions in one language. */
export { tableColumns } from "./tableColumns";
/** Find the columns of a table from its header by caption (either language), or report what is wrong. */
export { resolveHeader } from "./resolveHeader";
/** Parse one row of cells into a record plus issues (optional per-cell number formats for percent columns). */
export { parseRow } from "./rowCodec";
/** Format a record into its schema cells, in schema order (option captions in the given language, default en). */
export { formatRow } from "./rowCodec";
/** Canonical text of a record, equal to parseRow's cellText for a row that parsed to it cleanly. */
export { recordText } from "./rowCodec";
/** Read a date cell (serial or text) as an ISO date. */
export { parseDate } from "./parseDate";
/** Read a number cell (number or text in either language's notation). */
export { parseNumber } from "./parseNumber";
/** Read a yes/no cell. */
export { parseBoolean } from "./parseBoolean";
/** Read a percent cell as percent points (text with or without %, or a %-formatted fraction). */
export { parsePercent } from "./parsePercent";
/** Read an option cell by value name or caption (either language, case/spaces/periods ignored). */
export { parseOption } from "./parseOption";
/** ISO date → Excel serial (1900 date system); NaN if not a day Excel can hold. */
export { isoToSerial } from "./excelSerial";
/** Excel serial → ISO date; null out of range and for the fake 1900-02-29. */
export { serialToIso } from "./excelSerial";
/** Fast non-cryptographic 64-bit hash (16 hex digits) of a row's canonical text. */
export { hashText, TextHash } from "./hashText";
/** True when an Excel number format shows values ×100 with a % sign (a percent cell holds a fraction). */
export { formatShowsPercent } from "./parsePercent";
/** Excel's error values as a cell's value shows them (#DIV/0!…), and the test for one (PS6). */
export { EXCEL_ERRORS, isExcelErrorText } from "./excelErrors";
/** One non-blank cell as a field value by its column's type, or why it cannot be read; and the blank test. */
export { cellText, isBlankCell, parseCell } from "./cellCodec";
/** The message for a value pasted into a column the add-in fills (PS8). */
export { readOnlyValueMessage } from "./cellMessages";
/** What a cell holds beyond its value: an Excel error value, or a date where a number belongs. */
export type { CellKind } from "./schemaTypes";
/** A campaign's statistics sheet ("Statistics CP0001"): figures and the weekly block its native chart shows (CS6). */
export { statisticsSheetSpec, statisticsChartName, statisticsSheetName } from "./statisticsSheet";
