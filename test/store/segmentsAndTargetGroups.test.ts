/**
 * Segment headers and campaign target groups are not sheet rows: they ride on a unit of work and commit in
 * its transaction (all or nothing); target groups are read per campaign.
 */
import { createDexieSyncStore } from "../../src/store";
import type { StoredRow, SyncStore, UnitOfWork } from "../../src/store";
import type { CampaignTargetGroup } from "../../src/domain";
import { waitUntil } from "../builders/waitUntil";
import { byRowId, rowOf, rowsOf, segmentOf, targetGroupOf, unitOf } from "./storeBuilders";

let n = 0;
let name: string;
const open: SyncStore[] = [];
const openStore = () => {
  const s = createDexieSyncStore({ name });
  open.push(s);
  return s;
};
let store: SyncStore;
beforeEach(() => {
  name = `segments-db-${++n}`;
  store = openStore();
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const groupKey = (g: CampaignTargetGroup) => `${g.campaignNo}|${g.type}|${g.no}`;
const sorted = (groups: readonly CampaignTargetGroup[]) =>
  [...groups].sort((a, b) => (groupKey(a) < groupKey(b) ? -1 : 1));

test("segment headers, target groups and lines commit together and load back", async () => {
  const lines = rowsOf("segmentLine", 0, 40);
  const segments = [segmentOf(1), segmentOf(2, { campaignNo: "CP0002" })];
  const groups = [targetGroupOf("CP0001", 1), targetGroupOf("CP0001", 2)];
  await store.commit(
    unitOf("segmentLine", lines, [], {
      cascade: [{ entity: "segmentHeader", puts: segments }],
      targetGroups: { puts: groups, deletes: [] },
    }),
  );
  const fresh = openStore();
  expect(byRowId(await fresh.loadRows("segmentLine"))).toEqual(byRowId(lines));
  expect(byRowId(await fresh.loadRows("segmentHeader"))).toEqual(byRowId(segments));
  expect(sorted(await fresh.loadTargetGroups("CP0001"))).toEqual(sorted(groups));
});

test.each<[string, (unit: UnitOfWork<"segmentLine">) => UnitOfWork<"segmentLine">]>([
  ["a line without a row id", (u) => ({ ...u, puts: [...u.puts, { ...rowOf("segmentLine", 99), rowId: "" }] })],
  [
    "a segment header without a no.",
    (u) => ({
      ...u,
      cascade: [
        ...u.cascade!,
        { entity: "segmentHeader", puts: [{ ...segmentOf(9), no: undefined as unknown as string }] },
      ],
    }),
  ],
  [
    "a target group without a campaign no.",
    (u) => ({
      ...u,
      targetGroups: {
        puts: [...u.targetGroups!.puts, { type: "Customer", no: "K9" } as CampaignTargetGroup],
        deletes: [],
      },
    }),
  ],
  [
    "a cascade row without a key",
    (u) => ({
      ...u,
      cascade: [{ entity: "contact", puts: [{ ...rowOf("contact", 1), no: undefined } as unknown as StoredRow] }],
    }),
  ],
])("a unit that fails (%s) stores no line, segment or target group", async (_why, spoil) => {
  const before = rowsOf("segmentLine", 0, 10);
  await store.commit(
    unitOf("segmentLine", before, [], {
      cascade: [{ entity: "segmentHeader", puts: [segmentOf(1)] }],
      targetGroups: { puts: [targetGroupOf("CP0001", 1)], deletes: [] },
    }),
  );
  const good = unitOf("segmentLine", rowsOf("segmentLine", 100, 5), [before[0]!.rowId], {
    cascade: [{ entity: "segmentHeader", puts: [segmentOf(2)], deletes: ["SEG0001"] }],
    targetGroups: { puts: [targetGroupOf("CP0001", 2)], deletes: [targetGroupOf("CP0001", 1)] },
  });
  await expect(store.commit(spoil(good))).rejects.toBeTruthy();

  for (const s of [store, openStore()]) {
    expect(byRowId(await s.loadRows("segmentLine"))).toEqual(byRowId(before));
    expect(await s.loadRows("segmentHeader")).toEqual([segmentOf(1)]);
    expect(await s.loadTargetGroups()).toEqual([targetGroupOf("CP0001", 1)]);
  }
  // The same unit unspoiled goes through whole.
  await store.commit(good);
  expect(await store.loadRows("segmentHeader")).toEqual([segmentOf(2)]);
  expect(await store.loadTargetGroups()).toEqual([targetGroupOf("CP0001", 2)]);
  expect(await store.countRows("segmentLine")).toBe(14);
});

test("loadTargetGroups(campaign) returns that campaign's rows only, also when another no. starts with it", async () => {
  const cp1 = [targetGroupOf("CP1", 1), targetGroupOf("CP1", 2), targetGroupOf("CP1", 3)];
  const cp10 = [targetGroupOf("CP10", 1), targetGroupOf("CP10", 4)];
  const cp0 = [targetGroupOf("CP0", 5)];
  await store.commit(unitOf("campaign", [], [], { targetGroups: { puts: [...cp10, ...cp1, ...cp0], deletes: [] } }));
  expect(sorted(await store.loadTargetGroups("CP1"))).toEqual(sorted(cp1));
  expect(sorted(await store.loadTargetGroups("CP10"))).toEqual(sorted(cp10));
  expect(await store.loadTargetGroups("CP2")).toEqual([]);
  expect(sorted(await store.loadTargetGroups())).toEqual(sorted([...cp1, ...cp10, ...cp0]));
});

test("a target group is one row per (type, no., campaign): putting it again is no duplicate; deletes name all three", async () => {
  const customer: CampaignTargetGroup = { type: "Customer", no: "10000", campaignNo: "CP1" };
  const contact: CampaignTargetGroup = { type: "Contact", no: "10000", campaignNo: "CP1" };
  const other: CampaignTargetGroup = { type: "Customer", no: "10000", campaignNo: "CP2" };
  await store.commit(unitOf("campaign", [], [], { targetGroups: { puts: [customer, contact, other], deletes: [] } }));
  await store.commit(unitOf("campaign", [], [], { targetGroups: { puts: [{ ...customer }], deletes: [] } }));
  expect(sorted(await store.loadTargetGroups())).toEqual(sorted([customer, contact, other]));

  await store.commit(unitOf("campaign", [], [], { targetGroups: { puts: [], deletes: [customer] } }));
  expect(sorted(await store.loadTargetGroups())).toEqual(sorted([contact, other]));
});

test("deletes run before puts: a segment deleted and saved by one unit is kept", async () => {
  await store.commit(unitOf("segmentHeader", [segmentOf(1), segmentOf(2)]));
  const renamed = segmentOf(1, { description: "Renamed" });
  await store.commit(unitOf("segmentHeader", [renamed], ["SEG0001", "SEG0002"]));
  expect(await store.loadRows("segmentHeader")).toEqual([renamed]);
});

test("live segment headers and liveTargetGroups emit after commits (from any instance)", async () => {
  const segments: number[] = [];
  const groups: number[] = [];
  const subs = [
    store.liveRows("segmentHeader").subscribe((rows) => segments.push(rows.length)),
    store.liveTargetGroups("CP1").subscribe((rows) => groups.push(rows.length)),
  ];
  await waitUntil(() => segments.length >= 1 && groups.length >= 1);
  await store.commit(unitOf("segmentHeader", [segmentOf(1)]));
  await waitUntil(() => segments.includes(1));
  await openStore().commit(
    unitOf("campaign", [], [], {
      targetGroups: { puts: [targetGroupOf("CP1", 1), targetGroupOf("CP1", 2), targetGroupOf("CP2", 3)], deletes: [] },
    }),
  );
  await waitUntil(() => groups.includes(2));
  for (const s of subs) s.unsubscribe();
  expect([segments[0], groups[0]]).toEqual([0, 0]);
  expect(groups).not.toContain(3);
});
