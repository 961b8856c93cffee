/**
 * store-reference-data-50k-contacts: loadReferenceData with 50,000 contacts stored (test/fixtures/referenceDataScale.ts),
 * Dexie over fake-indexeddb (set up by test/setup/jestSetup.cjs, a setup file of jest.bench.config.cjs).
 */
import { createDexieSyncStore } from "../../src/store";
import { contactsUnit, scaleContactRows } from "../../test/fixtures/referenceDataScale";
import { measureAsync, report } from "./benchKit";

test("store-reference-data-50k-contacts", async () => {
  const store = createDexieSyncStore({ name: "bench-reference-data" });
  try {
    await store.commit(contactsUnit(scaleContactRows(50_000)));
    const { result, stats } = await measureAsync(() => store.loadReferenceData());
    expect(result.contacts.size).toBe(50_000);
    report("store-reference-data-50k-contacts", stats.p50Ms, { contacts: 50_000, ...stats }, { maxMs: 1000 });
  } finally {
    store.close();
  }
});
