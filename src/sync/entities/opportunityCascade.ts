/**
 * What a stored opportunity move writes besides the opportunity, in the same unit of work (OP1, OP11): the new
 * active opportunity entry and the previous one deactivated. The move is made again here from the stored opportunity
 * and the one about to be stored (the same inputs prepareOpportunities moved it with, so the same result), now that
 * a new opportunity has its number. The Opportunity Entries sheet shows the result at its next reconcile.
 */
import { normalizeCode, opportunityRowMove } from "../../domain";
import type { EntityKind, Lang, OpportunityEntry } from "../../domain";
import type { ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import { stripMeta, toStoredRow } from "./storedRows";

export interface OpportunityCascadeArgs {
  store: SyncStore;
  unit: UnitOfWork;
  /** The opportunities stored before the unit. */
  stored: readonly StoredRow[];
  refs: ReferenceData;
  lang: Lang;
  today: string;
  newId: (text: string) => string;
}

/** The unit with the opportunity entries its moves write; other entities' units are returned as they are. */
export async function withOpportunityCascade(entity: EntityKind, args: OpportunityCascadeArgs): Promise<UnitOfWork> {
  if (entity !== "opportunity") return args.unit;
  const unit = await withMoves(args);
  return unit.deletes.length === 0 ? unit : withEntriesOfDeleted(args.store, unit);
}

/** OP16: a deleted opportunity takes its entries along (BC deletes them with it). */
async function withEntriesOfDeleted(store: SyncStore, unit: UnitOfWork): Promise<UnitOfWork> {
  const gone = new Set(unit.deletes);
  const rows = (await store.loadRows("opportunityEntry")) as StoredRow<"opportunityEntry">[];
  const deletes = rows.filter((e) => gone.has(e.opportunityNo)).map((e) => e.rowId);
  if (deletes.length === 0) return unit;
  return { ...unit, cascade: [...(unit.cascade ?? []), { entity: "opportunityEntry", puts: [], deletes }] };
}

/** OP1, OP11: each stored move's new entry and the deactivated previous one. */
async function withMoves(args: OpportunityCascadeArgs): Promise<UnitOfWork> {
  if (args.unit.puts.length === 0) return args.unit;
  const { unit, refs, lang, today, newId } = args;
  const before = new Map((args.stored as StoredRow<"opportunity">[]).map((o) => [o.rowId, o]));
  let lastNo = refs.opportunityEntryLastNo;
  const made: OpportunityEntry[] = [];
  const deactivated: OpportunityEntry[] = [];
  for (const put of unit.puts as StoredRow<"opportunity">[]) {
    const old = before.get(put.rowId);
    const cycleCode = normalizeCode(put.salesCycleCode);
    const move = opportunityRowMove(
      {
        record: stripMeta<"opportunity">(put),
        previous: old ? stripMeta<"opportunity">(old) : null,
        active: refs.activeOpportunityEntries.get(old?.no ?? put.no) ?? null,
        cycle: refs.salesCycles.get(cycleCode),
        stages: refs.salesCycleStages.get(cycleCode) ?? [],
        date: today,
        entryNo: lastNo + 1,
      },
      lang,
    );
    if (move.kind !== "moved") continue;
    lastNo += 1;
    made.push(move.result.entry);
    if (move.result.deactivated) deactivated.push(move.result.deactivated);
  }
  if (made.length === 0) return unit;
  const puts = [
    ...made.map((e) => toStoredRow("opportunityEntry", e, newId(`opportunityEntry:${e.entryNo}`), 1)),
    ...(await storedVersions(args.store, deactivated)),
  ];
  return { ...unit, cascade: [...(unit.cascade ?? []), { entity: "opportunityEntry", puts }] };
}

/** The deactivated entries as stored rows: their row id, the next version. */
async function storedVersions(store: SyncStore, entries: readonly OpportunityEntry[]): Promise<StoredRow[]> {
  if (entries.length === 0) return [];
  const rows = (await store.loadRows("opportunityEntry")) as StoredRow<"opportunityEntry">[];
  const byNo = new Map(rows.map((r) => [r.entryNo, r]));
  return entries.flatMap((e) => {
    const old = byNo.get(e.entryNo);
    return old ? [toStoredRow("opportunityEntry", e, old.rowId, old.rowVersion + 1)] : [];
  });
}
