/**
 * The task pane's download after `npm run build` (#14, rule SP1): the gzip -9 sum of every JS file the page can
 * load (dist/taskpane-files.json, written by the build: the entry and its lazy chunks; the plan worker and the
 * dev host's own chunks left out). Prints one BENCH line and exits 1 above the target.
 * `--report-only` prints the line and never fails; `npm run build` runs without it since the target was met (SP50–SP54).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TARGET = 250_000;
const dist = path.resolve(
  process.argv.find((a) => !a.startsWith("-") && a !== process.argv[0] && a !== process.argv[1]) ?? "dist",
);
const { files } = JSON.parse(readFileSync(path.join(dist, "taskpane-files.json"), "utf8"));
let gzipBytes = 0;
let rawBytes = 0;
for (const file of files) {
  const bytes = readFileSync(path.join(dist, file));
  rawBytes += bytes.length;
  const gz = gzipSync(bytes, { level: 9 }).length;
  gzipBytes += gz;
  console.log(`  ${file}: ${bytes.length} bytes, gzip -9 ${gz}`);
}
const targetsMet = gzipBytes <= TARGET;
console.log(
  `BENCH ${JSON.stringify({ name: "taskpane-bundle", gzipBytes, rawBytes, files: files.length, target: TARGET, targetsMet })}`,
);
if (!targetsMet && !process.argv.includes("--report-only")) {
  console.error(`taskpane-bundle: ${gzipBytes} gzip bytes is above the target of ${TARGET}`);
  process.exit(1);
}
