import { liveQuery } from "dexie";
import type { EntityKind, NumberSeries } from "../domain/types";
import { CampaignDeskDb } from "./db";
import { ENTITY_TABLES } from "./schema";
import type { BindingRecord, ReferenceData, StoredRow, UnitOfWork } from "./types";

/** A minimal observable (what Dexie's liveQuery returns), so the UI needs no Dexie import. */
export interface Subscribable<T> {
  subscribe(next: (value: T) => void, error?: (e: unknown) => void): { unsubscribe(): void };
}

/** The store as the sync engine and the task pane use it. One Dexie transaction per `commit`. */
export interface SyncStore {
  loadRows<E extends EntityKind>(entity: E): Promise<StoredRow<E>[]>;
  loadReferenceData(): Promise<ReferenceData>;
  getNumberSeries(code: string): Promise<NumberSeries | undefined>;
  putNumberSeries(series: NumberSeries): Promise<void>;
  listBindings(): Promise<BindingRecord[]>;
  getBinding(id: string): Promise<BindingRecord | undefined>;
  putBinding(binding: BindingRecord): Promise<void>;
  commit(unit: UnitOfWork): Promise<void>;
  /** Live view of all rows of an entity, re-emitted after every commit that touches it. */
  liveRows<E extends EntityKind>(entity: E): Subscribable<StoredRow<E>[]>;
  close(): void;
}

export interface DexieStoreOptions {
  name?: string;
}

export function createDexieSyncStore(options: DexieStoreOptions = {}): SyncStore {
  const db = new CampaignDeskDb(options.name);
  const tableOf = (entity: EntityKind) => db.table(ENTITY_TABLES[entity].table);

  return {
    loadRows: async (entity) => tableOf(entity).toArray(),

    async loadReferenceData() {
      return db.transaction("r", db.campaignStatus, db.salesperson, async () => {
        const [codes, people] = await Promise.all([
          db.campaignStatus.toCollection().primaryKeys(),
          db.salesperson.toArray(),
        ]);
        return {
          statusCodes: new Set(codes),
          salespeople: new Map(people.map((p) => [p.code, { blocked: p.blocked }])),
        };
      });
    },

    getNumberSeries: (code) => db.numberSeries.get(code),
    putNumberSeries: async (series) => {
      await db.numberSeries.put(series);
    },
    listBindings: () => db.bindings.toArray(),
    getBinding: (id) => db.bindings.get(id),
    putBinding: async (binding) => {
      await db.bindings.put(binding);
    },

    async commit(unit) {
      const table = tableOf(unit.entity);
      await db.transaction("rw", [table, db.bindings, db.numberSeries, db.changeLog], async () => {
        // Deletes first: a key that moves from one row to another is deleted and re-put, never lost.
        if (unit.deletes.length > 0) await table.bulkDelete([...unit.deletes]);
        if (unit.puts.length > 0) await table.bulkPut([...unit.puts]);
        if (unit.binding) await db.bindings.put(unit.binding);
        if (unit.numberSeries) await db.numberSeries.put(unit.numberSeries);
        // A fresh object: Dexie writes the generated key back into what it adds.
        const { seq: _seq, ...entry } = unit.log;
        await db.changeLog.add(entry);
      });
    },

    liveRows: <E extends EntityKind>(entity: E) =>
      liveQuery(() => tableOf(entity).toArray() as Promise<StoredRow<E>[]>),

    close: () => db.close(),
  };
}
