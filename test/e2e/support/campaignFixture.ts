/**
 * 1,000 generated campaign rows (TSV, as Excel copies them) with 50 bad rows of 9 kinds, and for each bad
 * row the code and an English message fragment the sheet must show. Numbers start at CP1000 so they do
 * not meet the demo campaigns.
 */
export interface ExpectedIssue {
  index: number;
  code: string;
  messagePart: string;
}

type Breaker = { code: string; count: number; apply(row: string[], index: number): string };

const BREAKERS: Breaker[] = [
  { code: "UNKNOWN_STATUS", count: 6, apply: (r) => ((r[5] = "NOPE"), "Campaign status NOPE does not exist") },
  { code: "UNKNOWN_SALESPERSON", count: 6, apply: (r) => ((r[4] = "ZZ"), "Salesperson ZZ does not exist") },
  { code: "SALESPERSON_BLOCKED", count: 6, apply: (r) => ((r[4] = "HR"), "Salesperson HR is blocked") },
  {
    code: "CAMPAIGN_DATES_ORDER",
    count: 6,
    apply: (r) => ((r[2] = "2026-09-30"), (r[3] = "2026-09-01"), "is after ending date"),
  },
  { code: "INVALID_DATE", count: 6, apply: (r) => ((r[2] = "soon"), "‘soon’ is not a date") },
  { code: "INVALID_DATE", count: 4, apply: (r) => ((r[3] = "31-02-2026"), "that month has no such day") },
  {
    code: "CODE_TOO_LONG",
    count: 5,
    apply: (r) => ((r[0] = "CAMPAIGN-NUMBER-TOO-LONG-" + r[0]), "at most 20 are allowed"),
  },
  { code: "TEXT_TOO_LONG", count: 5, apply: (r) => ((r[1] = "x".repeat(101)), "at most 100 are allowed") },
  // Three pairs sharing a number: a duplicate marks both rows.
  {
    code: "DUPLICATE_KEY",
    count: 6,
    apply: (r, i) => ((r[0] = `DUP${Math.floor(i / 2)}`), "has the same No. DUP"),
  },
];

export function badCampaignRows(n: number): { tsv: string; expected: ExpectedIssue[] } {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    rows.push([
      `CP${1000 + i}`,
      `Pasted campaign ${i}`,
      `2026-04-${day}`,
      `2026-10-${day}`,
      i % 2 ? "JR" : "PS",
      i % 3 ? "PLANNED" : "ACTIVE",
    ]);
  }
  const expected: ExpectedIssue[] = [];
  let slot = 0;
  for (const breaker of BREAKERS) {
    for (let k = 0; k < breaker.count; k++) {
      const index = 7 + slot++ * 19; // spread over the block, never adjacent
      const row = rows[index] as string[];
      expected.push({ index, code: breaker.code, messagePart: breaker.apply(row, k) });
    }
  }
  expected.sort((a, b) => a.index - b.index);
  return { tsv: rows.map((r) => r.join("\t")).join("\r\n") + "\r\n", expected };
}
