/**
 * The generations a plan depends on (rule SP40): moved by any store instance's commit of rows and by a write of the
 * binding's own record; not by a plan memo saved, nor by another binding's record.
 */
import { createDexieSyncStore } from "../../src/store";
import type { SyncStore } from "../../src/store";
import { DEFAULT_NUMBER_SERIES } from "../../src/domain";
import { commitRows, seriesRow } from "../builders/syncRecords";

let n = 0;
const opened: SyncStore[] = [];
const open = (name: string) => {
  const s = createDexieSyncStore({ name });
  opened.push(s);
  return s;
};
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const binding = (id: string) => ({
  id,
  entity: "salesLineDiscount" as const,
  sheetName: id,
  schemaVersion: 1,
  seen: {},
});
const series = (version: number) => ({
  ...seriesRow({ ...DEFAULT_NUMBER_SERIES[0]!, manualNos: false }),
  rowVersion: version,
  rowHash: `h${version}`,
});

test("[SP40] another store instance's commit moves the generations; a plan memo or another binding's record does not", async () => {
  const name = `store-generations-${++n}`;
  const store = open(name);
  const other = open(name);
  await store.putBinding(binding("B1"));
  await commitRows(store, "numberSeries", [series(1)]);
  const before = await store.loadGenerations("B1");
  await store.savePlanMemo("print:B1", { print: "p" });
  await other.putBinding(binding("B2"));
  expect(await store.loadGenerations("B1")).toBe(before);
  await other.putBinding(binding("B1"));
  const rewritten = await store.loadGenerations("B1");
  expect(rewritten).not.toBe(before);
  await commitRows(other, "numberSeries", [series(2)]);
  expect(await store.loadGenerations("B1")).not.toBe(rewritten);
});
