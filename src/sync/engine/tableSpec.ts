/**
 * The table the add-in creates for a schema: its columns, Excel list validation on code columns drawn
 * from the setup tables (a typing aid: the domain stays the judge), and the status column's highlighting.
 */
import type { Lang } from "../../domain";
import { schemaFor, tableColumns } from "../../sheets";
import type { SheetSchema } from "../../sheets";
import type { TableSpec } from "../../workbook";
import { STATUS_MARK } from "../entities";

export function tableSpecOf(schema: SheetSchema<unknown>, sheetName: string, lang: Lang): TableSpec {
  const columns = tableColumns(schema, lang).map((column, index) => {
    // No typing aid on the workbook's own hidden tables: nobody types there.
    const source = schema.hidden ? undefined : schema.columns[index]?.listSource;
    if (!source) return column;
    const from = schemaFor(source.entity);
    const caption = from.columns.find((c) => c.field === source.field)?.caption[lang];
    // INDIRECT: a data-validation list may not name a table directly, and this grows with the setup table.
    return caption ? { ...column, list: `=INDIRECT("${from.tableName}[${escapeStructured(caption)}]")` } : column;
  });
  return {
    sheetName,
    tableName: schema.tableName,
    columns,
    statusColumn: { index: schema.columns.length, errorText: STATUS_MARK.error, warningText: STATUS_MARK.warning },
  };
}

/** Structured references escape [ ] # ' with an apostrophe. */
function escapeStructured(caption: string): string {
  return caption.replace(/['#[\]]/g, "'$&");
}
