/** The shape shared by small code lists (statuses, groups): a Code column and a Description column. */
import type { EntityKind } from "../domain";
import type { Caption, SheetSchema } from "./schemaTypes";

export function codeListSchema<R extends { code: string; description: string }>(
  entity: EntityKind,
  sheetName: Caption,
  tableName: string,
  maxLength: number,
): SheetSchema<R> {
  return {
    entity,
    version: 1,
    sheetName,
    tableName,
    columns: [
      { field: "code", caption: { en: "Code", da: "Kode" }, type: "code", maxLength, width: 12 },
      { field: "description", caption: { en: "Description", da: "Beskrivelse" }, type: "text", width: 40 },
    ],
    keyField: "code",
    keyOf: (r) => r.code,
    blank: () => ({ code: "", description: "" }) as R,
  };
}
