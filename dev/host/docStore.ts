/**
 * The dev host's stand-in for the saved .xlsx file: the simulated workbook's state in its own IndexedDB
 * database, so a page reload reopens the same workbook (as reopening a file would).
 */
import type { SimWorkbookState } from "../excel-sim/simUserApi";

const DB = "campaign-desk-devhost-file";
const STORE = "file";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => reject(tx.error);
      }),
  );
}

export const loadDoc = () => run<SimWorkbookState | undefined>("readonly", (s) => s.get("workbook"));
export const saveDoc = (state: SimWorkbookState) =>
  run("readwrite", (s) => s.put(state, "workbook")).then(() => undefined);
export const clearDoc = () => run("readwrite", (s) => s.delete("workbook")).then(() => undefined);
