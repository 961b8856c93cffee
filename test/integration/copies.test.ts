/**
 * Copies of a workbook meet (issue #11): a "Save As" copy open beside its original on one store, a copy sent to a
 * sales person and returned. Nothing is lost and nothing is reverted silently: each side's changes are kept, a field
 * changed on both sides is a listed conflict, and rows added in either copy end up in both. Over the simulator, a
 * file is `sim.save()` and its place on disk the harness's `url`.
 */
import { C, harnessesPerTest } from "./engineHarness";
import type { Harness, HarnessOptions } from "./engineHarness";

const harness = harnessesPerTest();

/** Both panes idle, every change delivered, and each table checked again (as focusing each pane does). */
async function settleAll(...hs: Harness[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    for (const h of hs) {
      await h.settle();
      await h.engine.reconcileAll();
    }
  }
}

const CAMPAIGNS = [
  ["CP0001", "One", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
  ["CP0002", "Two", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
  ["CP0003", "Three", "2026-09-01", "2026-11-30", "JR", "PLANNED"],
];

/** The original workbook at C:\\a.xlsx with three campaigns. */
async function original(options: HarnessOptions = {}): Promise<Harness> {
  const a = await harness("en", { url: "C:\\a.xlsx", ...options });
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await a.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  // With numbers from the series only (manualNos false), the three are pasted blank and numbered CP0001..CP0003.
  const numbered = options.manualNos === false;
  await a.paste("campaign", 0, numbered ? CAMPAIGNS.map(([, ...rest]) => ["", ...rest]) : CAMPAIGNS);
  return a;
}

/** A "Save As" copy of `a` at another place, opened on the same store; the person chooses to merge. */
const saveAs = (a: Harness, url = "C:\\b.xlsx") =>
  harness("en", { file: a.sim.save(), dbName: a.dbName, url, onCopy: "merge" });

/** The campaigns a sheet shows, by number (description only). */
function shown(h: Harness): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = 0; r < 20; r++) {
    const no = String(h.cell("campaign", r, C.no).value);
    if (no !== "") out[no] = String(h.cell("campaign", r, C.description).value);
  }
  return out;
}

async function stored(h: Harness): Promise<Record<string, string>> {
  const rows = await h.store.loadRows("campaign");
  return Object.fromEntries(rows.map((c) => [c.no, c.description]));
}

const rowOf = (h: Harness, no: string) => {
  for (let r = 0; r < 20; r++) if (h.cell("campaign", r, C.no).value === no) return r;
  throw new Error(`${no} is not on the sheet`);
};

const edit = (h: Harness, no: string, col: number, text: string) =>
  h.sim.userEdit(h.sheetOf("campaign"), rowOf(h, no) + 1, col, [[text]]);

test("[M1] a copy meeting its original on this computer waits for the person: merge or keep separate", async () => {
  const a = await original();
  let asked: string | null = null;
  const b = await harness("en", {
    file: a.sim.save(),
    dbName: a.dbName,
    url: "C:\\b.xlsx",
    onEngine: (engine) =>
      engine.subscribe((s) => {
        if (s.copy && asked === null) {
          asked = s.copy.of;
          void engine.resolveCopy("separate");
        }
      }),
  });
  expect(asked).toBe("C:\\a.xlsx");
  expect(b.engine.getState().reopen).toBe(true);
  // Kept separate: a document of its own, with its own id (the pane opens again on its own store).
  const ids = [a.sim.save().settings["campaignDesk.document"], b.sim.save().settings["campaignDesk.document"]].map(
    (json) => (JSON.parse(json ?? "{}") as { id?: string }).id,
  );
  expect(ids[0]).not.toBe(ids[1]);
  // The same file reopened where it was is no copy: no question.
  const again = await harness("en", { file: a.sim.save(), dbName: a.dbName, url: "C:\\a.xlsx" });
  expect(again.engine.getState().copy).toBeNull();
});

test("[M2] an edit in the second pane is not reverted by the first: the first pane shows it", async () => {
  const a = await original();
  const b = await saveAs(a);
  await settleAll(a, b);
  edit(b, "CP0002", C.description, "Two, edited in b");
  await settleAll(b, a);
  expect((await stored(a))["CP0002"]).toBe("Two, edited in b");
  expect(shown(a)["CP0002"]).toBe("Two, edited in b");
  expect(shown(b)["CP0002"]).toBe("Two, edited in b");
  // And the first pane's next edit of the row starts from it.
  edit(a, "CP0002", C.salesperson, "JR");
  edit(a, "CP0002", C.description, "Two, then edited in a");
  await settleAll(a, b);
  expect(shown(b)["CP0002"]).toBe("Two, then edited in a");
  expect(a.engine.getState().issues).toEqual([]);
});

test("[M3] both copies change one row: different fields merge, the same field is a listed conflict with both values", async () => {
  const a = await original();
  const b = await saveAs(a);
  await settleAll(a, b);
  // Both edit CP0001 before either sees the other's change: a its description, b its ending date.
  edit(a, "CP0001", C.description, "One, from a");
  edit(b, "CP0001", C.end, "2026-12-15");
  // And both edit CP0003's description.
  edit(a, "CP0003", C.description, "Three, from a");
  edit(b, "CP0003", C.description, "Three, from b");
  await a.settle();
  await b.settle();
  await settleAll(a, b);
  const one = (await a.store.loadRows("campaign")).find((c) => c.no === "CP0001");
  expect([one?.description, one?.endingDate]).toEqual(["One, from a", "2026-12-15"]);
  // CP0003: the first to store wins the store; the other sheet keeps its text, flagged, listed with both values.
  const conflicts = [...a.engine.getState().issues, ...b.engine.getState().issues].filter((i) =>
    i.code.startsWith("CONFLICT_"),
  );
  expect(conflicts).toHaveLength(1);
  const conflict = conflicts[0]!;
  expect(conflict.conflict?.fields).toEqual([
    expect.objectContaining({ field: "description", sheet: expect.stringMatching(/Three, from/) }),
  ]);
  const loser = b.engine.getState().issues.includes(conflict) ? b : a;
  const mine = shown(loser)["CP0003"];
  expect(conflict.conflict?.fields[0]?.sheet).toBe(mine);
  // One click: keep this sheet's value.
  await loser.engine.resolveConflict(conflict, { keep: "sheet" });
  await settleAll(a, b);
  expect((await stored(a))["CP0003"]).toBe(mine);
  expect(shown(a)["CP0003"]).toBe(mine);
  expect(shown(b)["CP0003"]).toBe(mine);
  expect([...a.engine.getState().issues, ...b.engine.getState().issues]).toEqual([]);
});

test("[M4] a race between two panes never leaves two stored versions equal with different values", async () => {
  const a = await original();
  const b = await saveAs(a);
  await settleAll(a, b);
  edit(a, "CP0002", C.description, "Two, from a");
  edit(b, "CP0002", C.description, "Two, from b");
  await Promise.all([a.settle(), b.settle()]);
  await settleAll(a, b);
  const row = (await a.store.loadRows("campaign")).find((c) => c.no === "CP0002")!;
  const history = (await a.store.loadHistory("campaign", [row.rowId])).get(row.rowId) ?? [];
  const versions = new Map<number, string>([[row.rowVersion, row.rowHash]]);
  for (const entry of history) {
    const known = versions.get(entry.version);
    expect(known === undefined || known === entry.hash).toBe(true);
    versions.set(entry.version, entry.hash);
  }
  // One value won the store; the other pane lists the conflict (or already shows the winner).
  const listed = [...a.engine.getState().issues, ...b.engine.getState().issues].filter((i) =>
    i.code.startsWith("CONFLICT_"),
  );
  const agree = shown(a)["CP0002"] === row.description && shown(b)["CP0002"] === row.description;
  expect(agree || listed.length === 1).toBe(true);
});

test("[M5] rows added in each of two copies both survive, in the store and in each file", async () => {
  const a = await original();
  const b = await saveAs(a);
  await settleAll(a, b);
  await a.paste("campaign", 3, [["CP0101", "Added in a", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await b.paste("campaign", 3, [["CP0202", "Added in b", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await settleAll(a, b);
  await settleAll(a, b);
  const expected = { CP0001: "One", CP0002: "Two", CP0003: "Three", CP0101: "Added in a", CP0202: "Added in b" };
  expect(await stored(a)).toEqual(expected);
  expect(shown(a)).toEqual(expected);
  expect(shown(b)).toEqual(expected);
});

test("[M6] a copy sent away and returned merges back: both sides' edits kept, rows added on either side kept", async () => {
  const a = await original();
  // The sales person's computer: its own store.
  const sales = await harness("en", { file: a.sim.save(), url: "D:\\mail\\a.xlsx" });
  edit(sales, "CP0002", C.description, "Two, by the sales person");
  await sales.paste("campaign", 3, [["CP0202", "Sales person's", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  // Meanwhile the marketer edits other rows and adds one.
  edit(a, "CP0003", C.description, "Three, by the marketer");
  await a.paste("campaign", 3, [["CP0101", "Marketer's", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await a.settle();
  // The returned copy, saved beside the original and opened on the marketer's computer.
  const returned = await harness("en", {
    file: sales.sim.save(),
    dbName: a.dbName,
    url: "C:\\a (returned).xlsx",
    onCopy: "merge",
  });
  await settleAll(returned, a);
  const expected = {
    CP0001: "One",
    CP0002: "Two, by the sales person",
    CP0003: "Three, by the marketer",
    CP0101: "Marketer's",
    CP0202: "Sales person's",
  };
  expect(await stored(a)).toEqual(expected);
  expect(shown(returned)).toEqual(expected);
  expect(shown(a)).toEqual(expected);
  expect(returned.engine.getState().issues).toEqual([]);
});

test("[M7] both copies numbered a new campaign alike: the returned one is a key conflict, renumbered with a click", async () => {
  const a = await original({ manualNos: false });
  const sales = await harness("en", { file: a.sim.save(), url: "D:\\mail\\a.xlsx" });
  // Each side adds a campaign without a number: each is numbered CP0004 from the series the file carries.
  await sales.paste("campaign", 3, [["", "Sales person's", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  await a.paste("campaign", 3, [["", "Marketer's", "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  expect(sales.cell("campaign", 3, C.no).value).toBe("CP0004");
  expect(a.cell("campaign", 3, C.no).value).toBe("CP0004");
  const returned = await harness("en", {
    file: sales.sim.save(),
    dbName: a.dbName,
    url: "C:\\a (returned).xlsx",
    onCopy: "merge",
  });
  await settleAll(returned);
  const conflicts = returned.engine.getState().issues.filter((i) => i.code === "CONFLICT_KEY");
  expect(conflicts).toHaveLength(1);
  const conflict = conflicts[0]!;
  expect(conflict.message).toContain("CP0004");
  expect(conflict.message).toContain("CP0005");
  // Nothing else is flagged for it (no second, plain duplicate message), and the marketer's CP0004 stays.
  expect(returned.engine.getState().issues).toHaveLength(1);
  expect((await stored(a))["CP0004"]).toBe("Marketer's");
  await returned.engine.resolveConflict(conflict, { renumber: true });
  await settleAll(returned, a);
  expect(await stored(a)).toMatchObject({ CP0004: "Marketer's", CP0005: "Sales person's" });
  expect(shown(returned)).toMatchObject({ CP0004: "Marketer's", CP0005: "Sales person's" });
  expect(shown(a)).toMatchObject({ CP0004: "Marketer's", CP0005: "Sales person's" });
  expect(returned.engine.getState().issues).toEqual([]);
});

test("[M8] a row deleted in one copy and edited in the other is put back as a conflict, never deleted silently", async () => {
  const a = await original();
  const b = await saveAs(a);
  await settleAll(a, b);
  edit(b, "CP0002", C.description, "Two, edited in b");
  await b.settle();
  a.sim.userDeleteRows(a.sheetOf("campaign"), rowOf(a, "CP0002") + 1, 1);
  await settleAll(a, b);
  expect((await stored(a))["CP0002"]).toBe("Two, edited in b");
  expect(shown(a)["CP0002"]).toBe("Two, edited in b");
  const listed = a.engine.getState().issues.filter((i) => i.code === "CONFLICT_DELETEDHERE");
  expect(listed).toHaveLength(1);
});
