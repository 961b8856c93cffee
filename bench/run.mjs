// `npm run bench`: runs the jest benchmarks in bench/domain, then builds the pages (unless BENCH_SKIP_BUILD=1) for
// the browser ones; prints one `BENCH {json}` line per result.
// BENCH_ONLY=domain|campaigns|discounts|discounts500k|segments|storeFloor|rebuild|merge|halfBad|logSegment|assignActivity|editOneCell|openBig.
// BENCH_BASELINE=<another checkout with a built dist/> runs the browser benchmarks against both builds, alternately,
// and prints the two side by side (the bench code is this checkout's; the dev host API must be the same).
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, labelBuild, reported, serveDist } from "./browser.mjs";
import { benchPasteCampaigns } from "./pasteCampaigns.bench.mjs";
import { benchMergeReturnedCopy } from "./mergeCopy.bench.mjs";
import { benchEditOneCell, benchOpenBig } from "./editOneCell.bench.mjs";
import { benchPasteDiscounts } from "./pasteDiscounts.bench.mjs";
import { benchPasteHalfBad } from "./pasteHalfBad.bench.mjs";
import { benchRebuildStore } from "./rebuildStore.bench.mjs";
import { benchSegments } from "./segments.bench.mjs";
import { benchStoreFloor } from "./storeFloor.bench.mjs";
import { benchLogSegment } from "./logSegment.bench.mjs";
import { benchAssignActivity } from "./assignActivity.bench.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.env.BENCH_ONLY ?? "";

// Domain, sheets, store and sim benchmarks: jest in Node (bench/domain), no browser needed.
if (only === "" || only === "domain") {
  try {
    execSync("npx jest -c jest.bench.config.cjs", { cwd: root, stdio: "inherit" });
  } catch {
    console.error("bench/domain failed (see above).");
    process.exitCode = 1;
  }
}

/** The browser benchmarks against one build's dist/ (BENCH_BASELINE compares another checkout's build in the same run). */
async function browserBenches(dir) {
  const server = await serveDist(dir);
  try {
    if (only === "" || only === "campaigns")
      await benchPasteCampaigns(server.url, Number(process.env.BENCH_N ?? 10000), Number(process.env.BENCH_RUNS ?? 3));
    if (only === "" || only === "discounts")
      await benchPasteDiscounts(
        server.url,
        Number(process.env.BENCH_LINES ?? 100000),
        Number(process.env.BENCH_RUNS ?? 1),
      );
    // Issue #14: 500k lines (ms, peakRendererMB, longestBlockMs); BENCH_ONLY=discounts500k alone.
    if (only === "" || only === "discounts500k") await benchPasteDiscounts(server.url, 500000, 1);
    if (only === "" || only === "segments")
      await benchSegments(server.url, Number(process.env.BENCH_SEGMENT_LINES ?? 50000));
    if (only === "" || only === "storeFloor")
      await benchStoreFloor(server.url, Number(process.env.BENCH_LINES ?? 100000));
    if (only === "" || only === "rebuild") await benchRebuildStore(server.url);
    if (only === "" || only === "merge")
      await benchMergeReturnedCopy(server.url, Number(process.env.BENCH_LINES ?? 100000));
    if (only === "" || only === "logSegment")
      await benchLogSegment(server.url, Number(process.env.BENCH_SEGMENT_LINES ?? 50000));
    if (only === "" || only === "assignActivity")
      await benchAssignActivity(server.url, Number(process.env.BENCH_CONTACTS ?? 10000));
    if (only === "" || only === "editOneCell")
      await benchEditOneCell(server.url, Number(process.env.BENCH_LINES ?? 100000));
    if (only === "" || only === "openBig") await benchOpenBig(server.url, Number(process.env.BENCH_LINES ?? 100000));
    if (only === "" || only === "halfBad")
      await benchPasteHalfBad(server.url, Number(process.env.BENCH_BAD_LINES ?? 200000));
  } finally {
    await server.close();
  }
}

/** The numbers worth comparing between builds, one row per bench name. */
function sideBySide(rows) {
  const keys = ["ratio", "persistedMs", "ms", "validationMs", "planMs", "syncs", "p50Ms", "p99Ms", "longestBlockMs"];
  const byName = new Map();
  for (const r of rows) {
    const entry = byName.get(r.name) ?? {};
    for (const k of keys) if (typeof r[k] === "number") entry[`${k} ${r.build}`] = r[k];
    byName.set(r.name, entry);
  }
  console.log("Side by side (baseline = BENCH_BASELINE's build, current = this checkout):");
  console.table(Object.fromEntries(byName));
}

if (only !== "domain") {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  if (process.env.BENCH_SKIP_BUILD !== "1") execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  const baseline = process.env.BENCH_BASELINE;
  if (baseline) {
    // Alternate the builds so that a machine getting busier mid-run weighs on both alike.
    for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 1); round++) {
      labelBuild("baseline");
      await browserBenches(path.resolve(baseline));
      labelBuild("current");
      await browserBenches(root);
    }
    sideBySide(reported);
  } else {
    await browserBenches(root);
  }
}
