/**
 * Binding sheets: each sheet and table made (or adopted), then the new bindings recorded in the workbook's bindings
 * table in one append (SP43), so a change that needs three new sheets (a Log Segment) costs one read and one write of
 * that table, not three of each.
 */
import type { EntityKind, Lang } from "../../domain";
import { schemaOfBinding, type BindingScope } from "../entities";
import type { WorkbookPort } from "../../workbook";
import type { IdSource } from "../ports";
import { appendBindings } from "./bindingTable";
import type { WorkbookBinding } from "./bindingTable";
import type { BoundTables } from "./boundTables";
import type { DocumentSession } from "./documentSession";
import type { ListNames } from "./listNames";
import type { SheetFront } from "./sheetFront";
import { tableSpecOf } from "./tableSpec";

export interface SheetBinderDeps {
  workbook: WorkbookPort;
  ids: IdSource;
  lang: Lang;
  tables: BoundTables;
  front: SheetFront;
  lists: ListNames;
  session: DocumentSession;
  /** Keeps the binding in the engine and the store, and listens to its table. */
  addBinding: (b: WorkbookBinding) => Promise<void>;
  schedule: (bindingId: string) => void;
}

export class SheetBinder {
  constructor(private readonly deps: SheetBinderDeps) {}

  /**
   * Makes or adopts each sheet, then records the new bindings in the workbook in one append; run it as a job. A sheet
   * that cannot be made (its name taken by a person's cells) fails alone: the others are recorded, then its error
   * is thrown.
   */
  async bindEach(wanted: readonly { entity: EntityKind; scope?: BindingScope | undefined }[], show: boolean) {
    const made: WorkbookBinding[] = [];
    const failures: unknown[] = [];
    for (const { entity, scope } of wanted) {
      const b = await this.sheetOf(entity, scope, show).catch((e: unknown) => void failures.push(e));
      if (b) made.push(b);
    }
    if (made.length > 0) {
      await appendBindings(this.deps.workbook, made);
      await this.deps.front.enableAutoOpen();
      for (const b of made) this.deps.schedule(b.id);
    }
    if (failures.length > 0) throw failures[0];
  }

  /** One binding's sheet and table; the new binding (kept and listened to, not yet in the workbook), or null. */
  private async sheetOf(entity: EntityKind, scope: BindingScope | undefined, show: boolean) {
    const { tables, front, lists, workbook, lang } = this.deps;
    const existing = tables.find(entity, scope);
    const schema = schemaOfBinding(entity, scope);
    const above = scope?.segmentNo ? await front.bannerOf(scope.segmentNo) : undefined;
    await lists.beforeCreate(schema, tables.readSource);
    const info = await workbook.ensureTable({
      ...tableSpecOf(schema, existing?.sheetName ?? schema.sheetName[lang], lang),
      ...(schema.hidden ? { hidden: true } : {}),
      ...(above ? { above } : {}),
    });
    // A sheet the person asked for comes to the front; the add-in's very hidden state sheets never do.
    if (show && !schema.hidden) await front.show(info.tableName, info.sheetName);
    if (existing) {
      this.deps.schedule(existing.id);
      return null;
    }
    await this.deps.session.claim();
    const b: WorkbookBinding = {
      id: this.deps.ids.next(),
      entity,
      tableName: info.tableName,
      sheetName: info.sheetName,
      schemaVersion: schema.version,
      ...(scope ? { scope } : {}),
    };
    await this.deps.addBinding(b);
    return b;
  }
}
