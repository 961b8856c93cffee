/**
 * The sources of the add-in's drop-down lists, as workbook-scoped names (ExcelApi 1.4). A code column's list is
 * `=CampaignDesk.ItemTable.no`; the name refers to the source column by the header text read from Excel,
 * `=ItemTable[[No.]]` — not by the caption in the pane's language (an English workbook in a Danish Excel would get
 * #REF!), always in double brackets with `[ ] # '` escaped (a header like "No." needs them,
 * https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 * Until the source table is bound and read the name refers to #REF! (the list offers nothing, nothing breaks); after
 * each reconcile of a source table its names follow its header.
 */
import type { EntityKind } from "../../domain";
import { schemaFor } from "../../sheets";
import type { ColumnMap, SheetSchema } from "../../sheets";
import type { NameDefinition, WorkbookPort } from "../../workbook";
import { ENTITY_ORDER, schemaOfBinding } from "../entities";
import type { WorkbookBinding } from "./bindingTable";

/** What a name refers to while its source table has not been read. */
export const UNBOUND_LIST = "=#REF!";

/** The defined name behind the lists drawn from one column of a source table. */
export function listName(sourceTable: string, field: string): string {
  return `CampaignDesk.${sourceTable}.${field}`;
}

/** A structured reference to a column by its header, valid for any header text. */
export function columnReference(tableName: string, header: string): string {
  return `=${tableName}[[${header.replace(/['#[\]]/g, "'$&")}]]`;
}

/** Every (source entity → fields) pair some sheet draws a list from. */
function listSources(): Map<EntityKind, Set<string>> {
  const schemas: SheetSchema<unknown>[] = [
    ...ENTITY_ORDER.map((e) => schemaOfBinding(e, undefined)),
    schemaOfBinding("salesPrice", { campaignNo: "X" }),
    schemaOfBinding("salesLineDiscount", { campaignNo: "X" }),
    schemaOfBinding("segmentLine", { segmentNo: "X" }),
  ];
  const out = new Map<EntityKind, Set<string>>();
  for (const column of schemas.flatMap((s) => s.columns)) {
    const source = column.listSource;
    if (source) out.set(source.entity, (out.get(source.entity) ?? new Set()).add(source.field));
  }
  return out;
}

const SOURCES = listSources();

/** A source table as the engine last read it: its binding and, once reconciled, its header and column map. */
export interface ReadSource {
  binding: WorkbookBinding;
  header?: readonly string[] | undefined;
  map?: ColumnMap | undefined;
}

export class ListNames {
  /** Formula of each name as this session last wrote (or confirmed) it. */
  private readonly known = new Map<string, string>();

  constructor(private readonly workbook: WorkbookPort) {}

  /** Before a table with lists is created: its names exist (#REF! for sources not read yet; an existing one kept). */
  async beforeCreate(schema: SheetSchema<unknown>, sourceOf: (entity: EntityKind) => ReadSource | null): Promise<void> {
    const defs: NameDefinition[] = [];
    for (const column of schema.columns) {
      const source = column.listSource;
      if (!source) continue;
      const name = listName(schemaFor(source.entity).tableName, source.field);
      const formula = this.formulaOf(sourceOf(source.entity), source.field);
      if (formula) defs.push({ name, formula });
      else if (!this.known.has(name)) defs.push({ name, formula: UNBOUND_LIST, onlyIfMissing: true });
    }
    await this.define(defs);
  }

  /** After a reconcile: the names drawn from this table follow its header as read from Excel. */
  async afterReconcile(source: ReadSource): Promise<void> {
    if (source.binding.scope) return;
    const fields = SOURCES.get(source.binding.entity);
    if (!fields) return;
    const table = schemaFor(source.binding.entity).tableName;
    const defs = [...fields].flatMap((field) => {
      const formula = this.formulaOf(source, field);
      return formula ? [{ name: listName(table, field), formula }] : [];
    });
    await this.define(defs);
  }

  private formulaOf(source: ReadSource | null, field: string): string | null {
    const column = source?.map?.fields.get(field);
    const header = column === undefined ? undefined : source?.header?.[column];
    return source && header ? columnReference(source.binding.tableName, header) : null;
  }

  /** Defines what this session has not written yet; a placeholder is remembered as "exists", not as its formula. */
  private async define(defs: NameDefinition[]): Promise<void> {
    const changed = defs.filter((d) =>
      d.onlyIfMissing ? !this.known.has(d.name) : this.known.get(d.name) !== d.formula,
    );
    if (changed.length === 0) return;
    await this.workbook.defineNames(changed);
    for (const d of changed) if (!d.onlyIfMissing || !this.known.has(d.name)) this.known.set(d.name, d.formula);
  }
}
