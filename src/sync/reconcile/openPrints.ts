/**
 * An unchanged table costs one read and no plan (rule SP40). A plan that comes out settled — nothing to store, write,
 * clear or flag — is remembered per binding record (in the store, so a reopened workbook finds it) as the print of the
 * table it planned (`TablePlanRequest.bodyPrint`: its cells, formats, cell kinds, header and request, taken by the
 * engine as it reads) with the store's generations read before the plan loaded anything. A later table with the same
 * print, while no commit moved those generations, would plan the same settled outcome: it is answered from the record
 * without the body crossing to the planner (the campaigns' with the map of their row ids, for the card). Anything
 * else — another print, a commit since, a table with conflict resolutions — is planned as before.
 */
import type { SyncStore } from "../../store";
import type { PlanCounts, PlannedTable, TablePlanRequest } from "./reconcileTypes";

interface PrintRecord {
  print: string;
  generations: string;
  counts: PlanCounts;
  bodyRows: number;
  /** Where each row id sits (campaigns only: the card writes by row). */
  rowIndexById?: [string, number][];
}

type PrintStore = Pick<SyncStore, "loadPlanMemo" | "savePlanMemo" | "loadGenerations">;

const keyOf = (bindingRecordId: string) => `print:${bindingRecordId}`;

export class OpenPrints {
  /** Per binding record, the print as last read or saved (null: none). */
  private readonly known = new Map<string, PrintRecord | null>();

  constructor(private readonly store: PrintStore) {}

  /** The settled plan of a table printed as before, with no commit since; null: plan it. */
  async unchanged(request: TablePlanRequest): Promise<PlannedTable | null> {
    if (!eligible(request)) return null;
    const record = await this.record(request.bindingRecordId);
    if (!record || record.print !== request.bodyPrint) return null;
    if ((await this.store.loadGenerations(request.bindingRecordId)) !== record.generations) return null;
    return settledPlan(record);
  }

  /** The generations to remember with the plan about to be made: read before it loads anything (null: none). */
  generations(request: TablePlanRequest): Promise<string | null> {
    return eligible(request) ? this.store.loadGenerations(request.bindingRecordId) : Promise.resolve(null);
  }

  /** Remembers the plan's print when it came out settled (a failed save only costs the next open a plan). */
  async remember(request: TablePlanRequest, planned: PlannedTable, generations: string | null): Promise<void> {
    if (generations === null || !request.bodyPrint || !settled(planned)) return;
    const id = request.bindingRecordId;
    const before = this.known.get(id);
    if (before?.print === request.bodyPrint && before.generations === generations) return;
    const { counts, bodyRows, rowIndexById } = planned;
    const record: PrintRecord = { print: request.bodyPrint, generations, counts, bodyRows };
    if (rowIndexById.size > 0) record.rowIndexById = [...rowIndexById];
    this.known.set(id, record);
    await this.store.savePlanMemo(keyOf(id), record).catch(() => this.known.delete(id));
  }

  private async record(id: string): Promise<PrintRecord | null> {
    if (!this.known.has(id)) {
      const read = await this.store.loadPlanMemo(keyOf(id)).catch(() => undefined);
      this.known.set(id, printOf(read));
    }
    return this.known.get(id) ?? null;
  }
}

function eligible(request: TablePlanRequest): boolean {
  if (!request.bodyPrint) return false;
  return Object.keys(request.resolutions ?? {}).length === 0;
}

/** Nothing to store, write, clear or flag: the plan of an unchanged table. */
function settled(p: PlannedTable): boolean {
  return (
    !p.hasUnit &&
    p.blocks.length === 0 &&
    p.fills.length === 0 &&
    p.issues.length === 0 &&
    p.clearedRows.length === 0 &&
    !p.addsOwnRows &&
    p.changes.length === 0 &&
    p.deletedCampaigns.length === 0
  );
}

function settledPlan(record: PrintRecord): PlannedTable {
  return {
    blocks: [],
    fills: [],
    issues: [],
    rowIndexById: new Map(record.rowIndexById ?? []),
    bodyRows: record.bodyRows,
    clearedRows: [],
    addsOwnRows: false,
    counts: { ...record.counts, planned: 0 },
    hasUnit: false,
    memoryOnly: false,
    changes: [],
    lineCountsChange: false,
    deletedCampaigns: [],
    referenceChanges: [],
    referenceAdds: [],
    timings: { parseMs: 0, validateMs: 0, totalMs: 0 },
  };
}

/** A record read back, checked (anything else counts as none). */
function printOf(value: unknown): PrintRecord | null {
  const r = value as Partial<PrintRecord> | undefined;
  if (typeof r?.print !== "string" || typeof r.generations !== "string") return null;
  if (typeof r.bodyRows !== "number" || typeof r.counts !== "object" || r.counts === null) return null;
  if (r.rowIndexById !== undefined && !Array.isArray(r.rowIndexById)) return null;
  return r as PrintRecord;
}
