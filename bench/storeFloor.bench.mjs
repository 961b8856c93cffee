// The IndexedDB floor for 100k price/discount lines (issue #3: store 100k lines in < 5 s), measured in
// Chromium on the dev host page: raw one-record-per-line puts (the floor the issue names), Dexie bulkPut
// per record, the chunked bucket layout with raw IndexedDB for several bucket counts, the real store when
// the page exposes it (`window.campaignDesk.store`), and the cost of a by-id lookup.
import { createRequire } from "node:module";
import { openHost, report } from "./browser.mjs";

const require = createRequire(import.meta.url);

export async function benchStoreFloor(baseUrl, n = 100000, bucketCounts = [32, 64, 128, 256]) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    // The page bundles Dexie but does not expose it: load the UMD build beside the app, served from the
    // page's own origin (its CSP allows only 'self' scripts).
    const dexieUrl = `${baseUrl}/bench-dexie.min.js`;
    await host.page.route(dexieUrl, (route) => route.fulfill({ path: require.resolve("dexie/dist/dexie.min.js") }));
    await host.page.addScriptTag({ url: dexieUrl }).catch((e) => console.error(`Dexie not loaded: ${e.message}`));
    host.page.setDefaultTimeout(300000);
    const results = await host.page.evaluate(measure, { n, bucketCounts });
    for (const r of results) report(r);
    return results;
  } finally {
    await host.close();
  }
}

// Runs in the page: everything it needs is defined inside.
async function measure({ n, bucketCounts }) {
  const out = [];
  const dbName = (label) => `bench-store-${label}-${Math.round(performance.now())}`;
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const openDb = (name, store, keyPath) =>
    new Promise((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(store, { keyPath });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const line = (i, pct = i % 100) => {
    const rowId = `r${i.toString(36).padStart(8, "0")}`;
    return {
      id: rowId,
      type: i % 3 ? "Item" : "ItemDiscGroup",
      code: `ITEM${String(i % 5000).padStart(5, "0")}`,
      salesType: "Campaign",
      salesCode: `CP${String(i % 200).padStart(4, "0")}`,
      currencyCode: i % 4 ? "" : "EUR",
      startingDate: "2026-04-01",
      endingDate: "2026-10-31",
      lineDiscountPct: pct,
      minimumQuantity: i % 10,
      unitOfMeasureCode: "PCS",
      variantCode: "",
      rowId,
      rowVersion: 1,
      rowHash: (i * 2654435761).toString(36),
    };
  };
  const lines = Array.from({ length: n }, (_, i) => line(i));
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
    type: "longtask",
    buffered: false,
  });

  // 1. The floor: one record per line, raw IndexedDB, one transaction.
  {
    const db = await openDb(dbName("raw"), "lines", "rowId");
    const t0 = performance.now();
    const tx = db.transaction("lines", "readwrite");
    const os = tx.objectStore("lines");
    for (const r of lines) os.put(r);
    await done(tx);
    out.push({ name: "store-raw-per-record", n, ms: Math.round(performance.now() - t0) });
    db.close();
  }

  // 2. Dexie bulkPut, one record per line.
  if (!window.Dexie) out.push({ name: "store-dexie-bulkput-per-record", n, skipped: "Dexie could not be loaded" });
  else {
    const db = new window.Dexie(dbName("dexie"));
    db.version(1).stores({ lines: "rowId" });
    await db.open();
    const t0 = performance.now();
    await db.table("lines").bulkPut(lines);
    out.push({ name: "store-dexie-bulkput-per-record", n, ms: Math.round(performance.now() - t0) });
    db.close();
  }

  // 3. Chunked: lines grouped into buckets by hash(rowId) mod count, one record per bucket.
  for (const count of bucketCounts) {
    const db = await openDb(dbName(`chunk${count}`), "lineBuckets", "id");
    const t0 = performance.now();
    const groups = new Map();
    for (const r of lines) {
      const id = `salesLineDiscount:${hash(r.rowId) % count}`;
      let rows = groups.get(id);
      if (!rows) groups.set(id, (rows = []));
      rows.push(r);
    }
    let tx = db.transaction("lineBuckets", "readwrite");
    for (const [id, rows] of groups) tx.objectStore("lineBuckets").put({ id, entity: "salesLineDiscount", rows });
    await done(tx);
    const ms = performance.now() - t0;

    // A one-line edit rewrites one bucket.
    const edited = line(12345, 42);
    const editId = `salesLineDiscount:${hash(edited.rowId) % count}`;
    const t1 = performance.now();
    const bucket = groups.get(editId).map((r) => (r.rowId === edited.rowId ? edited : r));
    tx = db.transaction("lineBuckets", "readwrite");
    tx.objectStore("lineBuckets").put({ id: editId, entity: "salesLineDiscount", rows: bucket });
    await done(tx);
    const editMs = performance.now() - t1;

    // Read back one get per bucket (as the store does), building the rowId Map; count long tasks meanwhile.
    longTasks.length = 0;
    const t2 = performance.now();
    tx = db.transaction("lineBuckets", "readonly");
    const byId = new Map();
    await Promise.all(
      [...groups.keys()].map(
        (id) =>
          new Promise((resolve, reject) => {
            const req = tx.objectStore("lineBuckets").get(id);
            req.onsuccess = () => {
              for (const r of req.result.rows) byId.set(r.rowId, r);
              resolve();
            };
            req.onerror = () => reject(req.error);
          }),
      ),
    );
    const readMs = performance.now() - t2;
    await new Promise((r) => setTimeout(r, 50)); // let the long-task observer report
    const t3 = performance.now();
    let found = 0;
    for (let i = 0; i < 10000; i++) if (byId.get(lines[(i * 7919) % n].rowId)) found++;
    const lookupMs = (performance.now() - t3) / 10000;
    out.push({
      name: "store-chunked-raw",
      n,
      buckets: count,
      ms: Math.round(ms),
      editMs: Number(editMs.toFixed(1)),
      readMs: Math.round(readMs),
      readLongTasks: longTasks.length,
      readLongestTaskMs: Math.round(Math.max(0, ...longTasks)),
      lookupMs: Number(lookupMs.toFixed(5)),
      found,
      targetMs: 5000,
      targetMet: ms < 5000,
    });
    db.close();
  }

  // 4. The real store, when the page exposes it (the dev host may not yet).
  const store = window.campaignDesk?.store;
  if (!store || typeof store.commit !== "function" || typeof store.countRows !== "function") {
    out.push({ name: "store-chunked-real", n, skipped: "window.campaignDesk.store (with countRows) not exposed" });
    return out;
  }
  const log = (puts) => ({
    at: new Date().toISOString(),
    bindingId: "bench",
    entity: "salesLineDiscount",
    origin: "bench",
    puts,
    deletes: 0,
    keys: [],
  });
  const t0 = performance.now();
  await store.commit({ entity: "salesLineDiscount", deletes: [], puts: lines, log: log(n) });
  const commitMs = performance.now() - t0;
  const t1 = performance.now();
  await store.commit({ entity: "salesLineDiscount", deletes: [], puts: [line(12345, 42)], log: log(1) });
  const editMs = performance.now() - t1;
  const t2 = performance.now();
  const rows = await store.loadRows("salesLineDiscount");
  const loadCachedMs = performance.now() - t2;
  const t3 = performance.now();
  for (let i = 0; i < 200; i++) await store.getRow("salesLineDiscount", lines[(i * 7919) % n].rowId);
  const getRowMs = (performance.now() - t3) / 200;
  out.push({
    name: "store-chunked-real",
    n,
    ms: Math.round(commitMs),
    editMs: Number(editMs.toFixed(1)),
    loadCachedMs: Math.round(loadCachedMs),
    rows: rows.length,
    getRowMs: Number(getRowMs.toFixed(3)),
    targetMs: 5000,
    targetMet: commitMs < 5000 && rows.length >= n,
  });
  return out;
}
