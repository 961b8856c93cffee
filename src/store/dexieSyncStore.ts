import { liveQuery } from "dexie";
import type { CampaignTargetGroup, EntityKind } from "../domain";
import { BindingCache } from "./bindingCache";
import type { SeenPartWriteListener } from "./bindingSeen";
import { commitUnit } from "./commitUnit";
import type { BucketWriteListener } from "./commitUnit";
import { CampaignDeskDb } from "./db";
import { LineCaches } from "./lineCache";
import { ReferenceCache } from "./referenceCache";
import { loadHistory } from "./rowHistory";
import { storeGenerations } from "./storeGenerations";
import { loadTombstones } from "./tombstones";
import { ENTITY_TABLES, isChunked } from "./entityTables";
import type { BindingRecord, HistoryEntry, InstanceRecord, ReferenceData, StoredRow, UnitOfWork } from "./storeTypes";

/** A minimal observable (what Dexie's liveQuery returns), so the UI needs no Dexie import. */
export interface Subscribable<T> {
  subscribe(next: (value: T) => void, error?: (e: unknown) => void): { unsubscribe(): void };
}

/** The store as the sync engine and the task pane use it. One Dexie transaction per `commit`. */
export interface SyncStore {
  /**
   * All rows of an entity. Price and discount lines come from the store's cache (one `meta` read when
   * nobody else wrote); their order is unspecified. Rows are shared with the cache: never mutate them.
   */
  loadRows<E extends EntityKind>(entity: E): Promise<StoredRow<E>[]>;
  /** One row by its store key (`storeKeyOf`); a Map lookup for price and discount lines. */
  getRow<E extends EntityKind>(entity: E, key: string): Promise<StoredRow<E> | undefined>;
  countRows(entity: EntityKind): Promise<number>;
  loadReferenceData(): Promise<ReferenceData>;
  /** The stored number series of that code (undefined until the workbook stores one: the default applies). */
  getNumberSeries(code: string): Promise<StoredRow<"numberSeries"> | undefined>;
  listBindings(): Promise<BindingRecord[]>;
  /** How many bindings the store knows (without reading their seen rows: the pane's start asks). */
  countBindings(): Promise<number>;
  getBinding(id: string): Promise<BindingRecord | undefined>;
  /** Whether the store has a record of the binding, without reading it (SP41: its seen rows may be 100,000 entries). */
  hasBinding(id: string): Promise<boolean>;
  putBinding(binding: BindingRecord): Promise<void>;
  /** Row ids of an entity the store saw deleted (a sheet row with such an id was deleted elsewhere). */
  loadTombstones(entity: EntityKind): Promise<ReadonlySet<string>>;
  /** Earlier versions of these rows (newest first): the base values a field merge needs. */
  loadHistory(entity: EntityKind, rowIds: readonly string[]): Promise<ReadonlyMap<string, HistoryEntry[]>>;
  /** The file this store knows under an instance id (see the engine's document identity), if any. */
  getInstance(id: string): Promise<InstanceRecord | undefined>;
  putInstance(instance: InstanceRecord): Promise<void>;
  /** The target-group rows of one campaign, or of every campaign when no campaign no. is given. */
  loadTargetGroups(campaignNo?: string): Promise<CampaignTargetGroup[]>;
  /**
   * What the planner remembered of a binding's last plan (rule SP6), kept between sessions; undefined when none.
   * Opaque to the store: the planner checks what it reads back.
   */
  loadPlanMemo(key: string): Promise<unknown>;
  savePlanMemo(key: string, memo: unknown): Promise<void>;
  /**
   * The generations a plan of this binding depends on, as one text (rule SP40): equal texts mean no commit touched any
   * entity, the target groups or the binding's record in between, from this store instance or any other.
   */
  loadGenerations(bindingRecordId: string): Promise<string>;
  /**
   * Stores a unit of work in one transaction, all of it or nothing: its rows, its cascade (puts and deletes of
   * other entities), segment headers, target groups, binding, number series and change-log entry.
   */
  commit(unit: UnitOfWork): Promise<void>;
  /**
   * Live view of all rows of an entity, re-emitted after every commit that touches it (in any tab).
   * Price and discount lines are read bucket by bucket, never deserialised in one main-thread block.
   */
  liveRows<E extends EntityKind>(entity: E): Subscribable<StoredRow<E>[]>;
  /** Live view of one campaign's target-group rows (its `activated` state is "any rows"). */
  liveTargetGroups(campaignNo: string): Subscribable<CampaignTargetGroup[]>;
  close(): void;
}

export interface DexieStoreOptions {
  name?: string;
  /** Instrumentation: called with the id of every bucket record a commit writes or deletes. */
  onBucketWrite?: BucketWriteListener;
  /** Called with the key of every part of a binding's `seen` put or deleted (SP23; tests count rewrites with it). */
  onSeenPartWrite?: SeenPartWriteListener;
  /** Instrumentation: called whenever reference data is read from its tables (not answered from the cache). */
  onReferenceLoad?: (parts: readonly string[]) => void;
}

export function createDexieSyncStore(options: DexieStoreOptions = {}): SyncStore {
  const db = new CampaignDeskDb(options.name);
  const lines = new LineCaches(db);
  const bindings = new BindingCache(db, options.onSeenPartWrite);
  const references = new ReferenceCache(db, options.onReferenceLoad);
  const tableOf = (entity: EntityKind) => db.table(ENTITY_TABLES[entity].table);
  // The primary key is [campaignNo, type, no], so one campaign's rows are one key range: every such key sorts
  // after [campaignNo] (a longer array with that prefix) and before [campaignNo, []] (a string sorts before an array).
  const targetGroupsOf = async (campaignNo: string) => (await db.campaignTargetGroup.get(campaignNo))?.rows ?? [];

  return {
    async loadRows<E extends EntityKind>(entity: E) {
      if (isChunked(entity)) return [...(await lines.fresh(entity)).byId.values()] as StoredRow<E>[];
      return (await tableOf(entity).toArray()) as StoredRow<E>[];
    },

    async getRow<E extends EntityKind>(entity: E, key: string) {
      if (isChunked(entity)) return (await lines.fresh(entity)).byId.get(key) as StoredRow<E> | undefined;
      return (await tableOf(entity).get(key)) as StoredRow<E> | undefined;
    },

    async countRows(entity) {
      if (isChunked(entity)) return (await lines.fresh(entity)).byId.size;
      return tableOf(entity).count();
    },

    loadReferenceData: () => references.get(),

    getNumberSeries: (code) => db.numberSeries.get(code),
    loadTombstones: (entity) => loadTombstones(db, entity),
    loadHistory: (entity, rowIds) => loadHistory(db, entity, rowIds),
    getInstance: (id) => db.instances.get(id),
    putInstance: async (instance) => {
      await db.instances.put(instance);
    },
    listBindings: () => bindings.list(),
    countBindings: () => db.bindings.count(),
    getBinding: (id) => bindings.get(id),
    hasBinding: async (id) => (await db.bindings.where(":id").equals(id).count()) > 0,
    putBinding: (binding) => bindings.write(binding),

    loadPlanMemo: async (key) => (await db.meta.get(`planMemo:${key}`))?.memo,
    savePlanMemo: async (key, memo) => {
      await db.meta.put({ id: `planMemo:${key}`, generation: 0, memo });
    },
    loadGenerations: (bindingRecordId) => storeGenerations(db, bindingRecordId),

    loadTargetGroups: (campaignNo) =>
      campaignNo === undefined
        ? db.campaignTargetGroup.toArray().then((records) => records.flatMap((r) => r.rows))
        : targetGroupsOf(campaignNo),

    commit: (unit) => commitUnit(db, lines, unit, options.onBucketWrite, bindings),

    liveRows: <E extends EntityKind>(entity: E) =>
      liveQuery(async () => {
        if (isChunked(entity)) return [...(await lines.readOwn(entity)).byId.values()] as StoredRow<E>[];
        return (await tableOf(entity).toArray()) as StoredRow<E>[];
      }),

    liveTargetGroups: (campaignNo) => liveQuery(() => targetGroupsOf(campaignNo)),

    close: () => db.close(),
  };
}
