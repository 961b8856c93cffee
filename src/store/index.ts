/** The store layer: Dexie over IndexedDB. Nothing outside src/store imports Dexie. */
export { createDexieSyncStore } from "./dexieSyncStore";
/** Types of the store's port, rows and units of work. */
export type { SyncStore, Subscribable, DexieStoreOptions } from "./dexieSyncStore";
/** Instrumentation callback: one call per bucket record a commit writes or deletes. */
export type { BucketWriteListener } from "./commitUnit";
/** A commit refused because rows it was planned against changed since (compare and set). */
export { StaleWriteError } from "./staleWrite";
/** Versions of each row the history keeps (the retention of field merges' base values). */
export { HISTORY_DEPTH } from "./rowHistory";
export type {
  BindingRecord,
  ChangeLogEntry,
  ExpectedRow,
  HistoryEntry,
  InstanceRecord,
  ReferenceData,
  RowMeta,
  StoredRow,
  UnitOfWork,
} from "./storeTypes";
/** Schema versions (frozen per release) and the database name. */
export { SCHEMA_VERSIONS, DB_NAME } from "./schema";
/** Table, store key field and layout per entity; the key `UnitOfWork.deletes` lists for a row. */
export { ENTITY_TABLES, storeKeyOf, isChunked } from "./entityTables";
/** Types of the entity table map; the entities kept in buckets. */
export type { ChunkedEntity, EntityTable } from "./entityTables";
/** The bucket a price, discount or segment line is stored in, and the bucket count (for tests and benchmarks). */
export { bucketIdOf, BUCKET_COUNT } from "./lineBuckets";
/** Reference data with nothing in it, with chosen parts filled in. */
export { emptyReferenceData } from "./referenceData";
