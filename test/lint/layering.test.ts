/**
 * The lint gate keeps the house in order (issue #8): each rule fires on a sample that breaks it and stays quiet on
 * one that keeps it. Samples are linted as if they sat at the given paths, with the project's own config.
 */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

interface Sample {
  filePath: string;
  code: string;
}

function lint(samples: Sample[]): string[][] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "lintSamples.mjs")], {
    cwd: root,
    input: JSON.stringify(samples.map((s) => ({ ...s, filePath: path.join(root, s.filePath) }))),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
}

const fn = (lines: number) =>
  `export function long(): number {\n  let n = 0;\n${"  n += 1;\n".repeat(lines - 4)}  return n;\n}\n`;

const CASES: { name: string; sample: Sample; rule: string | null }[] = [
  {
    name: "entities importing a room above it",
    sample: { filePath: "src/sync/entities/sample.ts", code: 'export { createSyncEngine } from "../engine";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "operations importing reconcile",
    sample: { filePath: "src/sync/operations/sample.ts", code: 'export { planRows } from "../reconcile";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "reconcile importing the planner (upward)",
    sample: { filePath: "src/sync/reconcile/sample.ts", code: 'export type { Planner } from "../planner";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "a room entered past its index.ts",
    sample: { filePath: "src/sync/engine/sample.ts", code: 'export { rulesFor } from "../entities/entityRules";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "the engine importing a room below it through its door",
    sample: { filePath: "src/sync/engine/sample.ts", code: 'export { rulesFor } from "../entities";\n' },
    rule: null,
  },
  {
    name: "a layer entered past its index.ts",
    sample: { filePath: "src/sheets/sample.ts", code: 'export type { Campaign } from "../domain/records";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "code outside sync reaching into a room",
    sample: { filePath: "src/taskpane/sample.ts", code: 'export { createSyncEngine } from "../sync/engine";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "a test outside src reaching into sync",
    sample: { filePath: "test/integration/sample.test.ts", code: 'export * from "../../src/sync/planner";\n' },
    rule: "no-restricted-imports",
  },
  {
    name: "the engine writing the store",
    sample: {
      filePath: "src/sync/engine/sample.ts",
      code: "export const save = (store: { commit(u: unknown): void }, u: unknown) => store.commit(u);\n",
    },
    rule: "no-restricted-syntax",
  },
  {
    name: "a 61-line function in sync",
    sample: { filePath: "src/sync/reconcile/sample.ts", code: fn(61) },
    rule: "max-lines-per-function",
  },
  {
    name: "a 60-line function in sync",
    sample: { filePath: "src/sync/reconcile/sample.ts", code: fn(60) },
    rule: null,
  },
  {
    name: "Date.now() in sync",
    sample: { filePath: "src/sync/operations/sample.ts", code: "export const t = () => Date.now();\n" },
    rule: "no-restricted-properties",
  },
];

test("each layering rule fires on the sample that breaks it, and only then", () => {
  const results = lint(CASES.map((c) => c.sample));
  const got = CASES.map((c, i) => ({ name: c.name, rules: results[i] ?? [] }));
  const wrong = got.filter((g, i) => {
    const rule = CASES[i]!.rule;
    return rule === null ? g.rules.length > 0 : !g.rules.includes(rule);
  });
  expect(wrong).toEqual([]);
}, 120_000);

test("dependency-cruiser refuses an import cycle, type-only imports included", () => {
  const depcruise = path.join(root, "node_modules", ".bin", "depcruise");
  const cycle = spawnSync(depcruise, ["test/lint/cycleFixture", "--config", ".dependency-cruiser.cjs"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(cycle.status).not.toBe(0);
  expect(cycle.stdout).toContain("no-cycle");
  const clean = spawnSync(depcruise, ["src", "--config", ".dependency-cruiser.cjs"], { cwd: root, encoding: "utf8" });
  expect(clean.stdout).toContain("no dependency violations");
  expect(clean.status).toBe(0);
}, 120_000);
