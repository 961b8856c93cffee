/**
 * The table the add-in creates for a schema: its columns, Excel list validation on code columns drawn
 * from the setup tables through defined names (a typing aid: the domain stays the judge), and the status column's
 * highlighting.
 */
import type { Lang } from "../../domain";
import { schemaFor, tableColumns } from "../../sheets";
import type { SheetSchema } from "../../sheets";
import type { TableSpec } from "../../workbook";
import { STATUS_MARK } from "../entities";
import { listName } from "./listNames";

export function tableSpecOf(schema: SheetSchema<unknown>, sheetName: string, lang: Lang): TableSpec {
  const columns = tableColumns(schema, lang).map((column, index) => {
    // No typing aid on the workbook's own hidden tables: nobody types there.
    const source = schema.hidden ? undefined : schema.columns[index]?.listSource;
    if (!source) return column;
    // A defined name (listNames.ts): language-independent, grows with the setup table, never breaks the rule.
    return { ...column, list: `=${listName(schemaFor(source.entity).tableName, source.field)}` };
  });
  return {
    sheetName,
    tableName: schema.tableName,
    columns,
    statusColumn: { index: schema.columns.length, errorText: STATUS_MARK.error, warningText: STATUS_MARK.warning },
  };
}
