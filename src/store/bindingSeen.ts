/**
 * A binding's `seen` (the content hash of every row its sheet showed) stored in parts (rule SP23): the record in
 * `bindings` keeps the rest and the number of parts, each part a `meta` record (`bindingSeen:<binding>:<k>`) holding
 * the rows whose id hashes to it. A commit that changes a few rows' hashes writes the parts they are in, never the
 * 100,000 entries of a big sheet; a read puts the parts together. A part holds its rows' ids and hashes as two arrays
 * (SP44): IndexedDB clones two arrays of 2,000 strings many times faster than one object of 2,000 keys. Records of an
 * older store (`seen` inline, no parts; parts as objects) read as they are and are written anew from their next write.
 */
import type { CampaignDeskDb } from "./db";
import type { BindingRecord } from "./storeTypes";

/** Rows per part (about), and the most parts a binding has. */
const PART_ROWS = 2000;
const MAX_PARTS = 64;

/** The record as the `bindings` table holds it. */
export type StoredBinding = BindingRecord & { seenParts?: number };

/** Called with a part's key for every part put or deleted (tests count rewrites with it). */
export type SeenPartWriteListener = (key: string) => void;

export const partsFor = (rows: number): number => Math.min(MAX_PARTS, 1 + Math.floor(rows / PART_ROWS));
const partKey = (bindingId: string, k: number) => `bindingSeen:${bindingId}:${k}`;

/** FNV-1a of the row id, to a part. */
function partOf(rowId: string, parts: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rowId.length; i++) h = Math.imul(h ^ rowId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % parts;
}

/** A part as stored: row ids and their hashes, side by side. */
interface PackedPart {
  ids: string[];
  hashes: string[];
}

/** Adds a stored part's rows to `into` (a part of an older store is an object of id → hash). */
function unpackInto(memo: unknown, into: Record<string, string>): Record<string, string> {
  const packed = memo as PackedPart | undefined;
  if (packed && Array.isArray(packed.ids)) {
    for (let i = 0; i < packed.ids.length; i++) into[packed.ids[i] as string] = packed.hashes[i] as string;
  } else if (memo) Object.assign(into, memo as Record<string, string>);
  return into;
}

function packed(rows: Readonly<Record<string, string>>): PackedPart {
  const ids = Object.keys(rows);
  return { ids, hashes: ids.map((id) => rows[id] as string) };
}

/** The record with its `seen` put together (call inside a transaction over `meta` and `bindings`). */
export async function assembled(db: CampaignDeskDb, stored: StoredBinding): Promise<BindingRecord> {
  const { seenParts, ...record } = stored;
  if (!seenParts) return record;
  const parts = await Promise.all(Array.from({ length: seenParts }, (_, k) => db.meta.get(partKey(record.id, k))));
  const seen: Record<string, string> = {};
  for (const part of parts) unpackInto(part?.memo, seen);
  return { ...record, seen };
}

/**
 * Writes the record, `seen` in parts: only the parts whose rows differ from `before` (the record as last stored, when
 * known), all of them otherwise. Call inside a read-write transaction over `meta` and `bindings`.
 */
export async function writeInParts(
  db: CampaignDeskDb,
  record: BindingRecord,
  before: BindingRecord | undefined,
  onPartWrite?: SeenPartWriteListener,
): Promise<void> {
  const previous = ((await db.bindings.get(record.id)) as StoredBinding | undefined)?.seenParts ?? 0;
  const ids = Object.keys(record.seen);
  const n = partsFor(ids.length);
  const dirty = new Array<boolean>(n).fill(!before || previous !== n);
  const partIndex = new Uint8Array(ids.length);
  const old = before?.seen ?? {};
  let kept = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const k = partOf(id, n);
    partIndex[i] = k;
    const was = old[id];
    if (was !== undefined) kept++;
    if (was !== record.seen[id]) dirty[k] = true;
  }
  // Rows gone since: their parts change too (only looked for when some are gone).
  if (before && kept !== Object.keys(old).length) {
    for (const id in old) if (record.seen[id] === undefined) dirty[partOf(id, n)] = true;
  }
  // Only the parts written are built (filling 64 objects with 100,000 keys costs more than the compare).
  const parts = new Map<number, PackedPart>();
  for (let k = 0; k < n; k++) if (dirty[k]) parts.set(k, { ids: [], hashes: [] });
  if (parts.size > 0) {
    for (let i = 0; i < ids.length; i++) {
      const part = parts.get(partIndex[i] as number);
      if (!part) continue;
      part.ids.push(ids[i] as string);
      part.hashes.push(record.seen[ids[i] as string] as string);
    }
  }
  for (const [k, part] of parts) {
    await db.meta.put({ id: partKey(record.id, k), generation: 0, memo: part });
    onPartWrite?.(partKey(record.id, k));
  }
  for (let k = n; k < previous; k++) {
    await db.meta.delete(partKey(record.id, k));
    onPartWrite?.(partKey(record.id, k));
  }
  const stored: StoredBinding = { ...record, seen: {}, seenParts: n };
  await db.bindings.put(stored);
}

/**
 * Writes the record with new hashes for some of its seen rows (SP24): `record.seen` is the stored seen rows as they
 * are (the caller's copy of the stored record), `changes` rows already in it. Only the parts holding a changed row are
 * read and written again; false (nothing written) when the stored record keeps no parts. Call inside a read-write
 * transaction over `meta` and `bindings`.
 */
export async function writeChangedParts(
  db: CampaignDeskDb,
  record: BindingRecord,
  changes: Readonly<Record<string, string>>,
  onPartWrite?: SeenPartWriteListener,
): Promise<boolean> {
  const parts = ((await db.bindings.get(record.id)) as StoredBinding | undefined)?.seenParts ?? 0;
  if (parts === 0) return false;
  const byPart = new Map<number, string[]>();
  for (const id in changes) {
    const k = partOf(id, parts);
    const ids = byPart.get(k);
    if (ids) ids.push(id);
    else byPart.set(k, [id]);
  }
  for (const [k, ids] of byPart) {
    const key = partKey(record.id, k);
    const part = unpackInto((await db.meta.get(key))?.memo, {});
    for (const id of ids) part[id] = changes[id] as string;
    await db.meta.put({ id: key, generation: 0, memo: packed(part) });
    onPartWrite?.(key);
  }
  const stored: StoredBinding = { ...record, seen: {}, seenParts: parts };
  await db.bindings.put(stored);
  return true;
}
