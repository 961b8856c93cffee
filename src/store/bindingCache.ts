/**
 * The store instance's copy of the binding records it read or wrote (rule SP22), kept in step with IndexedDB through
 * a generation per binding in `meta`, bumped by every write of the record (here or in another store instance on the
 * same database): a read costs one small `meta` get while nobody else wrote it, not the record itself — a binding of
 * a 100,000-line sheet remembers every row it showed. Records handed out are shared: callers never change them. The
 * record's `seen` is stored in parts (bindingSeen.ts, SP23): a write stores the parts that changed since the copy.
 */
import { assembled, writeChangedParts, writeInParts } from "./bindingSeen";
import type { SeenPartWriteListener } from "./bindingSeen";
import type { CampaignDeskDb } from "./db";
import type { BindingRecord } from "./storeTypes";

const keyOf = (id: string) => `binding:${id}`;

export class BindingCache {
  private readonly records = new Map<string, { generation: number; record: BindingRecord }>();

  constructor(
    private readonly db: CampaignDeskDb,
    private readonly onPartWrite?: SeenPartWriteListener,
  ) {}

  /** Every binding's record, each with its `seen` put together. */
  list(): Promise<BindingRecord[]> {
    const db = this.db;
    return db.transaction("r", [db.meta, db.bindings], async () => {
      const stored = await db.bindings.toArray();
      return Promise.all(stored.map((b) => assembled(db, b)));
    });
  }

  /** The binding's record, from the copy when its generation is the stored one. */
  get(id: string): Promise<BindingRecord | undefined> {
    const db = this.db;
    return db.transaction("r", [db.meta, db.bindings], async () => {
      const generation = (await db.meta.get(keyOf(id)))?.generation ?? 0;
      const cached = this.records.get(id);
      if (cached && cached.generation === generation) return cached.record;
      const stored = await db.bindings.get(id);
      const record = stored ? await assembled(db, stored) : undefined;
      if (record) this.records.set(id, { generation, record });
      else this.records.delete(id);
      return record;
    });
  }

  /**
   * Writes the record and bumps its generation; call inside a read-write transaction over `meta` and `bindings`.
   * `changes`: new hashes of rows in `record.seen` (SP24; the record's seen rows are those with these put in).
   * Returns what to do once that transaction has committed: keep the record as the copy.
   */
  async put(record: BindingRecord, changes?: Readonly<Record<string, string>>): Promise<() => void> {
    const db = this.db;
    const stored = (await db.meta.get(keyOf(record.id)))?.generation ?? 0;
    const cached = this.records.get(record.id);
    this.records.delete(record.id); // until the transaction is committed, the copy is not trusted
    // SP23: only the parts of `seen` whose rows changed since the stored record (when the copy is that record).
    const before = cached && cached.generation === stored ? cached.record : undefined;
    const generation = stored + 1;
    // SP24: the copy's own seen rows with a few new hashes: their parts are patched, and so is the copy once committed.
    if (changes && before?.seen === record.seen && (await writeChangedParts(db, record, changes, this.onPartWrite))) {
      await db.meta.put({ id: keyOf(record.id), generation });
      return () => {
        Object.assign(record.seen, changes);
        this.records.set(record.id, { generation, record });
      };
    }
    const whole = changes ? { ...record, seen: { ...record.seen, ...changes } } : record;
    await writeInParts(db, whole, before, this.onPartWrite);
    await db.meta.put({ id: keyOf(record.id), generation });
    return () => this.records.set(record.id, { generation, record: whole });
  }

  /** A record written in its own transaction (a new or reset binding). */
  async write(record: BindingRecord): Promise<void> {
    const db = this.db;
    const install = await db.transaction("rw", [db.meta, db.bindings], () => this.put(record));
    install();
  }
}
