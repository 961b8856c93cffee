import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const SCRIPT = path.join(__dirname, "../../scripts/bundleSize.mjs");

/** A dist folder whose task pane files are `sizes` bytes each of incompressible data (gzip keeps their size). */
function distWith(sizes: Record<string, number>, extra: Record<string, number> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bundle-size-"));
  for (const [file, size] of Object.entries({ ...sizes, ...extra }))
    writeFileSync(path.join(dir, file), randomBytes(size));
  writeFileSync(
    path.join(dir, "taskpane-files.json"),
    JSON.stringify({ entry: "taskpane", files: Object.keys(sizes) }),
  );
  return dir;
}
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, dir, ...args], { encoding: "utf8" });
const bench = (out: string) => JSON.parse(/^BENCH (.*)$/m.exec(out)?.[1] ?? "null");

test("[SP1] the task pane's files are summed gzip -9 in one BENCH line; over 250,000 bytes fails the build", () => {
  // The worker's file is not the page's: left out of the sum.
  const over = run(distWith({ "taskpane.a.js": 200_000, "taskpane-segments.b.js": 60_000 }, { "worker.c.js": 90_000 }));
  expect(over.status).toBe(1);
  const line = bench(over.stdout);
  expect(line).toMatchObject({ name: "taskpane-bundle", target: 250_000, targetsMet: false, files: 2 });
  expect(line.gzipBytes).toBeGreaterThan(260_000);
  expect(line.gzipBytes).toBeLessThan(262_000);
  expect(run(distWith({ "taskpane.a.js": 200_000 })).status).toBe(0);
  expect(bench(run(distWith({ "taskpane.a.js": 200_000 })).stdout).targetsMet).toBe(true);
});

test("[SP1] --report-only prints the line above the target and does not fail", () => {
  const result = run(distWith({ "taskpane.a.js": 300_000 }), "--report-only");
  expect(result.status).toBe(0);
  expect(bench(result.stdout).targetsMet).toBe(false);
});
