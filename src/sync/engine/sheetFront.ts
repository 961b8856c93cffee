/**
 * What the person sees of the sheets the engine makes: a sheet they asked for comes to the front with its first
 * empty row selected; a segment's sheet carries its header lines above the table; the workbook opens the pane for
 * everyone who has the add-in once it has a bound sheet.
 */
import type { EntityKind, Lang } from "../../domain";
import type { SyncStore } from "../../store";
import type { WorkbookPort } from "../../workbook";
import { BANNER_ROWS, segmentBanner } from "../entities";
import type { WorkbookBinding } from "./bindingTable";
import type { BoundTables } from "./boundTables";
import { engineMessage } from "./engineMessages";
import type { StateBox } from "./engineState";

export class SheetFront {
  private autoOpenDone = false;

  constructor(
    private readonly workbook: WorkbookPort,
    private readonly store: Pick<SyncStore, "loadRows">,
    private readonly state: StateBox,
    private readonly lang: Lang,
  ) {}

  /** The sheet comes to the front with its first empty row selected, so the person's next paste lands there. */
  async show(tableName: string, sheetName: string): Promise<void> {
    const shown = await this.workbook.showTable(tableName).catch(() => "shown" as const);
    this.reportShown(shown, sheetName);
  }

  /** Selects a cell of a bound table (an issue's), saying so when another workbook had the focus. */
  async select(b: { tableName: string; sheetName: string }, rowIndex: number, colIndex: number): Promise<void> {
    this.reportShown(await this.workbook.selectCell(b.tableName, rowIndex, colIndex), b.sheetName);
  }

  /**
   * Shows a stored record's row (PN15): on the campaign's own sheet when it has one, else on the entity's general
   * sheet; found by its row id. False when no bound sheet shows it (the pane says so).
   */
  async showRecord(tables: BoundTables, entity: EntityKind, rowId: string, campaignNo: string): Promise<boolean> {
    const own = campaignNo !== "" ? tables.find(entity, { campaignNo }) : undefined;
    for (const b of [own, tables.find(entity, undefined)]) {
      const map = b ? tables.memoryOf(b.id)?.map : undefined;
      if (!b || !map) continue;
      const rowIndex = await this.workbook.rowIndexOf(b.tableName, map.rowId, rowId);
      if (rowIndex < 0) continue;
      await this.select(
        b,
        rowIndex,
        [...map.fields.values()].reduce((a, c) => Math.min(a, c)),
      );
      return true;
    }
    return false;
  }

  /** Another workbook had the focus: the pane says so until a sheet is shown. */
  reportShown(shown: "shown" | "inactiveWorkbook", sheet: string): void {
    const notice = shown === "inactiveWorkbook" ? engineMessage("INACTIVE_WORKBOOK", this.lang, { sheet }) : null;
    this.state.update(() => ({ notice }));
  }

  /**
   * A workbook with bound sheets opens the pane for everyone who has the add-in (sideloaded or centrally deployed):
   * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document
   */
  async enableAutoOpen(): Promise<void> {
    if (this.autoOpenDone) return;
    await this.workbook.enableAutoOpen().catch(() => undefined);
    this.autoOpenDone = true;
  }

  /** The header lines above a segment's table (no., description, dates), or undefined for an unknown segment. */
  async bannerOf(segmentNo: string): Promise<string[][] | undefined> {
    const header = (await this.store.loadRows("segmentHeader")).find((s) => s.no === segmentNo);
    return header ? segmentBanner(header, this.lang) : undefined;
  }

  /** After a header save, the segment's sheet (if bound, and created with header lines) shows the new header. */
  async refreshBanner(segmentNo: string, bindings: readonly WorkbookBinding[]): Promise<void> {
    const b = bindings.find((x) => x.scope?.segmentNo === segmentNo);
    const above = b ? await this.bannerOf(segmentNo) : undefined;
    if (!b || !above) return;
    const info = await this.workbook.getTable(b.tableName).catch(() => null);
    if (info && info.headerRow >= BANNER_ROWS + 1) await this.workbook.writeSheetText(info.sheetName, 0, 0, above);
  }
}
