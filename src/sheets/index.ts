/** The sheets layer: schemas of the bound tables and the parsing/formatting of their cells. */

/** How a cell is read and written ("code" | "text" | "date" | "boolean" | "number" | "integer"). */
export type { FieldType } from "./types";
/** A caption in English and Danish. */
export type { Caption } from "./types";
/** One schema column tied to one record field. */
export type { ColumnDef } from "./types";
/** One of the add-in's own columns (status, row id, row version). */
export type { SystemColumnDef } from "./types";
/** Everything needed to bind records of one kind to an Excel table. */
export type { SheetSchema } from "./types";
/** Column indices found from a table's header by caption. */
export type { ColumnMap } from "./types";
/** A header caption that is missing or appears more than once. */
export type { HeaderProblem } from "./types";
/** One parsed row: record, row id/version, blank flag, issues, canonical text. */
export type { ParsedRow } from "./types";
/** Result of resolveHeader. */
export type { HeaderResult } from "./resolveHeader";
/** Results of the cell parsers (a failure carries a reason). */
export type { DateResult } from "./parseDate";
export type { NumberResult } from "./parseNumber";
export type { BooleanResult } from "./parseBoolean";

/** Schema of the CampaignStatus table. */
export { campaignStatusSchema } from "./schemas";
/** Schema of the Salesperson table. */
export { salespersonSchema } from "./schemas";
/** Schema of the Campaign table. */
export { campaignSchema } from "./schemas";
/** The schema of a record kind (record type erased). */
export { schemaFor } from "./schemas";
/** The add-in's status, row id and row version columns, appended to every bound table. */
export { SYSTEM_COLUMNS } from "./schemas";
/** Column layout of a new table: schema columns then system columns, captions in one language. */
export { tableColumns } from "./tableColumns";
/** Find the columns of a table from its header by caption (either language), or report what is wrong. */
export { resolveHeader } from "./resolveHeader";
/** Parse one row of cells into a record plus issues. */
export { parseRow } from "./rowCodec";
/** Format a record into its schema cells, in schema order. */
export { formatRow } from "./rowCodec";
/** Canonical text of a record, equal to parseRow's cellText for a row that parsed to it cleanly. */
export { recordText } from "./rowCodec";
/** Read a date cell (serial or text) as an ISO date. */
export { parseDate } from "./parseDate";
/** Read a number cell (number or text in either language's notation). */
export { parseNumber } from "./parseNumber";
/** Read a yes/no cell. */
export { parseBoolean } from "./parseBoolean";
/** ISO date → Excel serial (1900 date system); NaN if not a day Excel can hold. */
export { isoToSerial } from "./excelSerial";
/** Excel serial → ISO date; null out of range and for the fake 1900-02-29. */
export { serialToIso } from "./excelSerial";
/** Fast non-cryptographic 64-bit hash (16 hex digits) of a row's canonical text. */
export { hashText } from "./hashText";
