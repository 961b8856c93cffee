/**
 * Copies and co-authors under random interleavings (issue #11, rules M2–M8 and CO1): two sides — a "Save As" copy
 * beside its original on one store, or two co-authors with a store each — edit, add and delete campaigns in a random
 * order, each side's pane catching up at random moments. After everything has met: no row is lost or duplicated,
 * nothing one side alone changed is reverted, and every row not listed as a conflict is stored as its sheet shows it.
 * Pinned seeds: a failure names its seed and the shrunk sequence.
 */
import fc from "fast-check";
import { C, harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";

const harness = harnessesPerTest();
const START = ["CP0001", "CP0002", "CP0003", "CP0004"];

type Side = 0 | 1;
type Op =
  | { side: Side; kind: "edit"; row: number; field: "description" | "end"; value: number; settle: boolean }
  | { side: Side; kind: "add"; settle: boolean }
  | { side: Side; kind: "delete"; row: number; settle: boolean };

const side = fc.constantFrom<Side>(0, 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      side,
      kind: fc.constant("edit" as const),
      row: fc.nat(3),
      field: fc.constantFrom("description" as const, "end" as const),
      value: fc.nat(8),
      settle: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ side, kind: fc.constant("add" as const), settle: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({ side, kind: fc.constant("delete" as const), row: fc.nat(3), settle: fc.boolean() }),
  },
);

async function start(mode: "copies" | "coauthors"): Promise<[Harness, Harness]> {
  const a = await harness("en", { url: "C:\\a.xlsx" });
  await a.bindAll();
  await a.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await a.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  await a.paste(
    "campaign",
    0,
    START.map((no, i) => [no, `Start ${i}`, "2026-09-01", "2026-11-30", "JR", "PLANNED"]),
  );
  const b =
    mode === "copies"
      ? await harness("en", { file: a.sim.save(), dbName: a.dbName, url: "C:\\b.xlsx", onCopy: "merge" })
      : await harness("en", { coauthorOf: a });
  await meet(a, b);
  return [a, b];
}

/** Both panes idle, every change delivered, each table checked again (as focusing each pane does). */
async function meet(...hs: Harness[]): Promise<void> {
  for (let i = 0; i < 2; i++) {
    for (const h of hs) {
      await h.settle();
      await h.engine.reconcileAll();
    }
  }
}

/** The campaigns a sheet shows: number → its sheet row, description and ending date. */
function shown(h: Harness): Map<string, { row: number; description: string; end: string }[]> {
  const out = new Map<string, { row: number; description: string; end: string }[]>();
  for (let r = 0; r < 40; r++) {
    const no = String(h.cell("campaign", r, C.no).value);
    if (no === "") continue;
    const entry = {
      row: r,
      description: String(h.cell("campaign", r, C.description).value),
      end: String(h.cell("campaign", r, C.end).value),
    };
    out.set(no, [...(out.get(no) ?? []), entry]);
  }
  return out;
}

const endDate = (value: number) => `2026-12-${String(value + 1).padStart(2, "0")}`;
const excelDate = (iso: string) => Math.round((Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86400000);

/** What each side did to each field (for "nothing one side alone changed is reverted"). */
class Ledger {
  readonly last = new Map<string, { sides: Set<Side>; value: string }>();
  readonly deleted = new Set<string>();
  readonly added: string[] = [];
  note(no: string, field: string, s: Side, value: string): void {
    const entry = this.last.get(`${no}|${field}`) ?? { sides: new Set<Side>(), value };
    entry.sides.add(s);
    entry.value = value;
    this.last.set(`${no}|${field}`, entry);
  }
}

async function apply(sides: [Harness, Harness], o: Op, ledger: Ledger): Promise<void> {
  const h = sides[o.side];
  const sheet = h.sheetOf("campaign");
  const rows = [...shown(h).entries()].filter(([no]) => START.includes(no) || ledger.added.includes(no));
  if (o.kind === "add") {
    const no = `CQ${String(ledger.added.length + 1).padStart(4, "0")}`;
    ledger.added.push(no);
    const free = Math.max(-1, ...[...shown(h).values()].flat().map((e) => e.row)) + 1;
    h.sim.userEdit(sheet, free + 1, 0, [[no, `Added by ${o.side}`, "2026-09-01", "2026-11-30", "JR", "PLANNED"]]);
  } else {
    const target = rows[o.row % Math.max(1, rows.length)];
    if (!target) return;
    const [no, [at]] = target as [string, { row: number }[]];
    if (o.kind === "delete") {
      ledger.deleted.add(no);
      h.sim.userDeleteRows(sheet, at!.row + 1, 1);
    } else {
      const text = o.field === "description" ? `Side ${o.side} v${o.value}` : endDate(o.value);
      ledger.note(no, o.field, o.side, o.field === "description" ? text : String(excelDate(text)));
      h.sim.userEdit(sheet, at!.row + 1, o.field === "description" ? C.description : C.end, [[text]]);
    }
  }
  if (o.settle) await h.settle();
}

async function check(sides: [Harness, Harness], ledger: Ledger): Promise<void> {
  for (const h of sides) {
    const inConflict = new Set(h.engine.getState().issues.flatMap((i) => (i.conflict ? [i.rowKey] : [])));
    const rows = await h.store.loadRows("campaign");
    const stored = new Map(rows.map((r) => [r.no, r]));
    expect(stored.size).toBe(rows.length); // no key stored twice
    const sheet = shown(h);
    for (const [no, entries] of sheet) expect({ no, times: entries.length }).toEqual({ no, times: 1 });
    // No row lost: every row never deleted is stored and shown.
    for (const no of [...START, ...ledger.added]) {
      if (ledger.deleted.has(no)) continue;
      expect({ no, stored: stored.has(no) || inConflict.has(no) }).toEqual({ no, stored: true });
      expect({ no, shown: sheet.has(no) }).toEqual({ no, shown: true });
    }
    // Every row not in conflict is stored as the sheet shows it.
    for (const [no, [entry]] of sheet) {
      if (inConflict.has(no)) continue;
      const record = stored.get(no);
      expect({ no, description: record?.description }).toEqual({ no, description: entry!.description });
      expect({ no, end: record ? String(excelDate(record.endingDate)) : "" }).toEqual({ no, end: entry!.end });
    }
    // Nothing one side alone changed is reverted silently.
    for (const [key, { sides: who, value }] of ledger.last) {
      const [no, field] = key.split("|") as [string, "description" | "end"];
      if (who.size > 1 || ledger.deleted.has(no) || inConflict.has(no)) continue;
      const entry = sheet.get(no)?.[0];
      expect({ key, value: entry?.[field] }).toEqual({ key, value });
    }
  }
}

async function scenario(mode: "copies" | "coauthors", ops: Op[]): Promise<void> {
  const sides = await start(mode);
  const ledger = new Ledger();
  for (const o of ops) await apply(sides, o, ledger);
  await meet(...sides);
  await check(sides, ledger);
  for (const h of sides) await h.dispose();
}

test.each(["copies", "coauthors"] as const)(
  "[M2] [M3] [M5] [M8] [CO1] random interleavings of two %s: nothing lost, duplicated or reverted; the rest stored as shown",
  async (mode) => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 2, maxLength: 7 }), (ops) => scenario(mode, ops)),
      { seed: mode === "copies" ? 1107 : 2211, numRuns: 10, endOnFailure: true },
    );
  },
);
