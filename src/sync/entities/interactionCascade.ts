/**
 * What a change on the Interactions, Campaign Entries or Logged Segments sheet does to the other two, in the same
 * unit of work (docs/spec/interaction-rules.md): a typed interaction's new campaign entry is made (IR8); canceling
 * a campaign entry or a logged segment cancels what belongs to it (IR4); a deleted (canceled) campaign entry takes
 * its interactions along (IR6). The sheets show the result at their next reconcile (the engine schedules it).
 */
import {
  CAMPAIGN_ENTRY_SERIES,
  interactionsOfEntry,
  setCampaignEntryCanceled,
  setLoggedSegmentCanceled,
} from "../../domain";
import type { CampaignEntry, EntityKind, InteractionLogEntry, Lang } from "../../domain";
import type { ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import { seriesRow, advancedSeries } from "./numberSeriesRows";
import { stripMeta, toStoredRow } from "./storedRows";

type Cascade = NonNullable<UnitOfWork["cascade"]>[number];
const ENTRY_TEXT = { en: "Interactions", da: "Interaktioner" } as const;

export interface InteractionCascadeArgs {
  store: SyncStore;
  unit: UnitOfWork;
  /** The entity's stored rows before the unit. */
  stored: readonly StoredRow[];
  refs: ReferenceData;
  lang: Lang;
  /** A row id for a new record, from its text (the same on every try). */
  newId: (text: string) => string;
}

/** The unit with its cascade onto the other interaction records; other entities' units are returned as they are. */
export async function withInteractionCascade(entity: EntityKind, args: InteractionCascadeArgs): Promise<UnitOfWork> {
  let steps: Cascade[] = [];
  if (entity === "interactionLogEntry") steps = await newEntriesOf(args);
  else if (entity === "campaignEntry") steps = await entryCascade(args);
  else if (entity === "loggedSegment") steps = await loggedCascade(args);
  const useful = steps.filter((s) => s.puts.length > 0 || (s.deletes?.length ?? 0) > 0);
  if (useful.length === 0) return args.unit;
  return { ...args.unit, cascade: [...(args.unit.cascade ?? []), ...useful] };
}

/** IR8: campaign entries the stored interactions name that do not exist yet, and the series that numbered them. */
async function newEntriesOf({ store, unit, refs, lang, newId }: InteractionCascadeArgs): Promise<Cascade[]> {
  const made = new Map<number, CampaignEntry>();
  for (const i of unit.puts as StoredRow<"interactionLogEntry">[]) {
    if (i.campaignEntryNo === 0 || refs.campaignEntries.has(i.campaignEntryNo) || made.has(i.campaignEntryNo)) continue;
    made.set(i.campaignEntryNo, {
      entryNo: i.campaignEntryNo,
      campaignNo: i.campaignNo,
      description: ENTRY_TEXT[lang],
      date: i.date,
      userId: "",
      segmentNo: i.segmentNo,
      salespersonCode: i.salespersonCode,
      registerNo: i.loggedSegmentEntryNo,
      canceled: false,
    });
  }
  if (made.size === 0) return [];
  const puts = [...made.values()].map((e) => toStoredRow("campaignEntry", e, newId(`campaignEntry:${e.entryNo}`), 1));
  const series = await seriesRow(store, CAMPAIGN_ENTRY_SERIES);
  let last = 0;
  for (const no of made.keys()) if (no > last) last = no;
  const steps: Cascade[] = [{ entity: "campaignEntry", puts }];
  if (series && Number(series.lastNoUsed || 0) < last) {
    const next = advancedSeries(series, { ...series, lastNoUsed: String(last) }, () => newId(`series:${series.code}`));
    steps.push({ entity: "numberSeries", puts: [next] });
  }
  return steps;
}

const bumped = (rows: readonly InteractionLogEntry[], byNo: ReadonlyMap<number, StoredRow<"interactionLogEntry">>) =>
  rows.flatMap((r) => {
    const old = byNo.get(r.entryNo);
    return old ? [toStoredRow("interactionLogEntry", r, old.rowId, old.rowVersion + 1)] : [];
  });

/** IR4 and IR6 for campaign entries: a cancel toggle reaches their interactions; a deleted entry takes them along. */
async function entryCascade({ store, unit, stored }: InteractionCascadeArgs): Promise<Cascade[]> {
  const before = new Map((stored as StoredRow<"campaignEntry">[]).map((e) => [e.rowId, e]));
  const toggled = (unit.puts as StoredRow<"campaignEntry">[]).filter((e) => {
    const old = before.get(e.rowId);
    return old !== undefined && old.canceled !== e.canceled;
  });
  const deleted = unit.deletes.flatMap((id) => before.get(id) ?? []);
  if (toggled.length === 0 && deleted.length === 0) return [];
  const interactions = (await store.loadRows("interactionLogEntry")) as StoredRow<"interactionLogEntry">[];
  const byNo = new Map(interactions.map((i) => [i.entryNo, i]));
  const plain = interactions.map((i) => stripMeta<"interactionLogEntry">(i));
  const puts = toggled.flatMap((e) => bumped(setCampaignEntryCanceled(e, e.canceled, plain).interactions, byNo));
  const deletes = deleted.flatMap((e) => interactionsOfEntry(e, plain).map((i) => byNo.get(i.entryNo)?.rowId ?? ""));
  return [{ entity: "interactionLogEntry", puts, deletes: deletes.filter((id) => id !== "") }];
}

/** IR4 for logged segments: a cancel toggle reaches their campaign entries and interactions. */
async function loggedCascade({ store, unit, stored }: InteractionCascadeArgs): Promise<Cascade[]> {
  const before = new Map((stored as StoredRow<"loggedSegment">[]).map((l) => [l.rowId, l]));
  const toggled = (unit.puts as StoredRow<"loggedSegment">[]).filter((l) => {
    const old = before.get(l.rowId);
    return old !== undefined && old.canceled !== l.canceled;
  });
  if (toggled.length === 0) return [];
  const [entries, interactions] = await Promise.all([
    store.loadRows("campaignEntry") as Promise<StoredRow<"campaignEntry">[]>,
    store.loadRows("interactionLogEntry") as Promise<StoredRow<"interactionLogEntry">[]>,
  ]);
  const entryByNo = new Map(entries.map((e) => [e.entryNo, e]));
  const byNo = new Map(interactions.map((i) => [i.entryNo, i]));
  const plainEntries = entries.map((e) => stripMeta<"campaignEntry">(e));
  const plain = interactions.map((i) => stripMeta<"interactionLogEntry">(i));
  const entryPuts: StoredRow[] = [];
  const interactionPuts: StoredRow[] = [];
  for (const l of toggled) {
    const change = setLoggedSegmentCanceled(l, l.canceled, plainEntries, plain);
    for (const e of change.campaignEntries) {
      const old = entryByNo.get(e.entryNo);
      if (old) entryPuts.push(toStoredRow("campaignEntry", e, old.rowId, old.rowVersion + 1));
    }
    for (const put of bumped(change.interactions, byNo)) interactionPuts.push(put);
  }
  return [
    { entity: "campaignEntry", puts: entryPuts },
    { entity: "interactionLogEntry", puts: interactionPuts },
  ];
}
