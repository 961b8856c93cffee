/** The store layer: Dexie over IndexedDB. Nothing outside src/store imports Dexie. */
export { createDexieSyncStore } from "./dexieSyncStore";
/** Types of the store's port, rows and units of work. */
export type { SyncStore, Subscribable, DexieStoreOptions } from "./dexieSyncStore";
export type {
  BindingRecord,
  ChangeLogEntry,
  EntityRecords,
  ReferenceData,
  RowMeta,
  StoredRow,
  UnitOfWork,
} from "./types";
/** Schema versions (frozen per release) and the database name. */
export { SCHEMA_VERSIONS, DB_NAME } from "./schema";
