/**
 * A binding's record as IndexedDB keeps it (rule SP35): the rows it has seen as two arrays (row ids, hashes) rather
 * than one object with a property per row. A commit writes its binding's record; for a table of 100,000 lines that
 * object took most of the commit to serialise (a merged copy's, a one-cell edit's), two arrays of strings a fraction.
 * Records stored before SP35 (`seen` an object) are read as they are.
 */
import type { BindingRecord } from "./storeTypes";

/** What the `bindings` table holds. */
export type StoredBinding = Omit<BindingRecord, "seen"> & {
  seen?: Record<string, string>;
  seenIds?: string[];
  seenHashes?: string[];
};

export function packBinding(binding: BindingRecord): StoredBinding {
  const { seen, ...rest } = binding;
  const seenIds: string[] = [];
  const seenHashes: string[] = [];
  for (const id in seen) {
    seenIds.push(id);
    seenHashes.push(seen[id] as string);
  }
  return { ...rest, seenIds, seenHashes };
}

export function unpackBinding(stored: StoredBinding): BindingRecord;
export function unpackBinding(stored: StoredBinding | undefined): BindingRecord | undefined;
export function unpackBinding(stored: StoredBinding | undefined): BindingRecord | undefined {
  if (!stored) return undefined;
  const { seen, seenIds, seenHashes, ...rest } = stored;
  if (!Array.isArray(seenIds) || !Array.isArray(seenHashes)) return { ...rest, seen: seen ?? {} };
  // Made when first read: listing the bindings (the pane's start) reads no binding's 100,000 seen rows.
  let rows: Record<string, string> | null = null;
  const record = { ...rest } as BindingRecord;
  Object.defineProperty(record, "seen", {
    enumerable: true,
    configurable: true,
    get: () => {
      if (rows) return rows;
      rows = {};
      for (let i = 0; i < seenIds.length; i++) rows[seenIds[i] as string] = seenHashes[i] ?? "";
      return rows;
    },
  });
  return record;
}
