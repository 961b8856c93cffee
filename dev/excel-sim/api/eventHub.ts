/**
 * The add-in's change-event registrations and their asynchronous delivery. Changes are turned into
 * WorksheetChangedEventArgs / TableChangedEventArgs when they happen (so `runtime.enableEvents = false` mutes
 * changes made meanwhile) and handed to handlers later, one at a time, like Excel's event messages.
 */
import { formatLocalAddress } from "../model/address";
import { valueType, type ValueType } from "../model/cellInput";
import type { CellDetail, ChangeRecord, ChangeType, SheetModel, TableModel } from "../model/workbookModel";
import type { CellValue } from "../../../src/workbook";
import type { SimRange } from "./rangeProxy";
import type { SimRequestContext } from "./requestContext";

/** `Excel.ChangedEventDetail`: only for single-cell changes. */
export interface SimChangedEventDetail {
  valueBefore: CellValue;
  valueAfter: CellValue;
  valueTypeBefore: ValueType;
  valueTypeAfter: ValueType;
  valueAsJsonBefore: Record<string, unknown>;
  valueAsJsonAfter: Record<string, unknown>;
}

interface SimChangedEventArgsBase {
  changeType: ChangeType;
  source: "Local" | "Remote";
  /** Local address without the sheet name, e.g. "B3:D3". */
  address: string;
  worksheetId: string;
  details: SimChangedEventDetail | undefined;
  getRange(ctx: SimRequestContext): SimRange;
  getRangeOrNullObject(ctx: SimRequestContext): SimRange;
}

/** `Excel.WorksheetChangedEventArgs`. */
export interface SimWorksheetChangedEventArgs extends SimChangedEventArgsBase {
  type: "WorksheetChanged";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

/** `Excel.TableChangedEventArgs` (no triggerSource, as in Excel). */
export interface SimTableChangedEventArgs extends SimChangedEventArgsBase {
  type: "TableChanged";
  tableId: string;
}

export type EventTargetRef =
  | { kind: "worksheet"; sheet: SheetModel }
  | { kind: "table"; table: TableModel }
  | { kind: "activated"; sheet: SheetModel };

/** `Excel.WorksheetActivatedEventArgs`. */
export interface SimWorksheetActivatedEventArgs {
  type: "WorksheetActivated";
  worksheetId: string;
}

/** Event handler as Office.js types it: it gets the event args and returns a promise. */
export type SimHandler = (args: never) => Promise<unknown>;

export interface Registration {
  target: EventTargetRef;
  handler: SimHandler;
  active: boolean;
}

function cellJson(value: unknown, type: ValueType): Record<string, unknown> {
  const json: Record<string, unknown> = { type, basicType: type, basicValue: value };
  if (type === "Error") json["errorType"] = "Name";
  return json;
}

function details(d: CellDetail): SimChangedEventDetail {
  const before = valueType(d.before, d.beforeFormula);
  const after = valueType(d.after, d.afterFormula);
  return {
    valueBefore: d.before,
    valueAfter: d.after,
    valueTypeBefore: before,
    valueTypeAfter: after,
    valueAsJsonBefore: cellJson(d.before, before),
    valueAsJsonAfter: cellJson(d.after, after),
  };
}

function rangeGetters(
  sheetId: string,
  address: string,
): Pick<SimChangedEventArgsBase, "getRange" | "getRangeOrNullObject"> {
  return {
    getRange: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
    getRangeOrNullObject: (ctx) => ctx.workbook.worksheets.getItemOrNullObject(sheetId).getRange(address),
  };
}

export class EventHub {
  /** The co-authoring session whose add-in registers here: changes made in other sessions arrive as Remote. */
  constructor(readonly session = "main") {}

  /** `context.runtime.enableEvents`: per add-in, kept until set back. */
  enableEvents = true;
  /** Errors thrown by handlers (Excel swallows them; tests may look). */
  readonly handlerErrors: unknown[] = [];
  /** Change types `Table.onChanged` misses (known gaps, e.g. office-js #294: row deletes on Mac); tests choose. */
  tableEventGaps = new Set<ChangeType>();
  private regs: Registration[] = [];
  private queue: { reg: Registration; args: unknown }[] = [];
  private draining: Promise<void> | null = null;
  private timerPending = false;

  register(target: EventTargetRef, handler: SimHandler): Registration {
    const reg: Registration = { target, handler, active: true };
    this.regs.push(reg);
    return reg;
  }

  unregister(reg: Registration): void {
    reg.active = false;
    this.regs = this.regs.filter((r) => r !== reg);
  }

  unregisterHandler(matches: (target: EventTargetRef) => boolean, handler: SimHandler): void {
    for (const reg of this.regs) if (reg.handler === handler && matches(reg.target)) this.unregister(reg);
  }

  /** Called for every change in the model. */
  handle(change: ChangeRecord): void {
    if (!this.enableEvents) return;
    const local = change.actor !== "remote" && change.session === this.session;
    const source = local ? "Local" : "Remote";
    const worksheetId = change.sheet.id;
    const single = change.detail && change.rect.rows === 1 && change.rect.cols === 1 ? change.detail : undefined;
    for (const reg of this.regs) {
      if (reg.target.kind === "worksheet" && reg.target.sheet === change.sheet) {
        const address = formatLocalAddress(change.rect);
        const args: SimWorksheetChangedEventArgs = {
          type: "WorksheetChanged",
          changeType: change.changeType,
          source,
          address,
          worksheetId,
          details: single ? details(single) : undefined,
          triggerSource: local && change.actor === "addin" ? "ThisLocalAddin" : "Unknown",
          ...rangeGetters(worksheetId, address),
        };
        this.enqueue(reg, args);
      }
      if (reg.target.kind !== "table") continue;
      const table = reg.target.table;
      const hit = change.tables.find((h) => h.table === table);
      const changeType = hit?.changeType ?? change.changeType;
      if (!hit || this.tableEventGaps.has(changeType)) continue;
      const address = formatLocalAddress(hit.rect);
      const args: SimTableChangedEventArgs = {
        type: "TableChanged",
        changeType,
        source,
        address,
        tableId: table.id,
        worksheetId,
        details: single ? details(single) : undefined,
        ...rangeGetters(worksheetId, address),
      };
      this.enqueue(reg, args);
    }
  }

  /** Called when another sheet becomes active: `Worksheet.onActivated` handlers of that sheet, in the acting session. */
  activated(sheet: SheetModel, session: string): void {
    if (!this.enableEvents || session !== this.session) return;
    for (const reg of this.regs) {
      if (reg.target.kind !== "activated" || reg.target.sheet !== sheet) continue;
      const args: SimWorksheetActivatedEventArgs = { type: "WorksheetActivated", worksheetId: sheet.id };
      this.enqueue(reg, args);
    }
  }

  private enqueue(reg: Registration, args: unknown): void {
    this.queue.push({ reg, args });
    if (this.timerPending) return;
    this.timerPending = true;
    setTimeout(() => {
      this.timerPending = false;
      void this.drain();
    }, 0);
  }

  private drain(): Promise<void> {
    this.draining ??= (async () => {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        if (!next.reg.active) continue;
        try {
          await (next.reg.handler as (args: unknown) => Promise<unknown>)(next.args);
        } catch (error) {
          this.handlerErrors.push(error);
        }
      }
    })().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Resolves once every queued event (including ones raised by handlers meanwhile) has been handled. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.draining) await (this.draining ?? this.drain());
  }
}
