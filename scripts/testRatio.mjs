// Test-to-code ratio per layer of src/: lines of test files that exercise the layer ÷ lines of its code (all
// lines, as `wc -l` counts them). A layer's tests are its own *.test.ts plus the test/ folders that drive it
// through its door (TEST_DIRS). Usage: `node scripts/testRatio.mjs [root]`.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? ".");
/** Tests outside src/ that belong to a layer: engine scenarios over the simulator count for sync, and so on. */
const TEST_DIRS = {
  sync: [
    /^test\/integration\/(engine|pricing|segments|sharing|merge|faults|fastPath)[^/]*\.ts$/,
    /^test\/integration\/(engineHarness|fakeWorker)\.ts$/,
  ],
  store: [/^test\/store\//],
  workbook: [/^test\/integration\/excelWorkbook[^/]*\.ts$/, /^test\/contracts\//],
  commands: [/^test\/manifest\/commands\.test\.ts$/],
};

const lines = (file) => fs.readFileSync(file, "utf8").split("\n").length - 1;
const walk = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? walk(p) : /\.tsx?$/.test(e.name) ? [p] : [];
      })
    : [];
const rel = (p) => path.relative(root, p).split(path.sep).join("/");

const testFiles = walk(path.join(root, "test")).map(rel);
const rows = [];
for (const layer of fs.readdirSync(path.join(root, "src")).sort()) {
  const files = walk(path.join(root, "src", layer)).map(rel);
  if (files.length === 0) continue;
  const code = files.filter((f) => !f.endsWith(".test.ts")).reduce((n, f) => n + lines(path.join(root, f)), 0);
  const own = files.filter((f) => f.endsWith(".test.ts"));
  const outside = testFiles.filter((f) => (TEST_DIRS[layer] ?? []).some((re) => re.test(f)));
  const tests = [...own, ...outside].reduce((n, f) => n + lines(path.join(root, f)), 0);
  rows.push({ layer, code, tests, ratio: Number((tests / code).toFixed(2)) });
}
console.table(rows);
