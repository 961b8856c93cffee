// `npm run bench`: runs the jest benchmarks in bench/domain, then builds the pages (unless BENCH_SKIP_BUILD=1) for
// the browser ones; prints one `BENCH {json}` line per result. BENCH_ONLY=domain|campaigns|discounts|segments|storeFloor.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM, serveDist } from "./browser.mjs";
import { benchPasteCampaigns } from "./pasteCampaigns.bench.mjs";
import { benchPasteDiscounts } from "./pasteDiscounts.bench.mjs";
import { benchSegments } from "./segments.bench.mjs";
import { benchStoreFloor } from "./storeFloor.bench.mjs";

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

if (only !== "domain") {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  if (process.env.BENCH_SKIP_BUILD !== "1") execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  const server = await serveDist(root);
  try {
    if (only === "" || only === "campaigns")
      await benchPasteCampaigns(server.url, Number(process.env.BENCH_N ?? 10000), Number(process.env.BENCH_RUNS ?? 3));
    if (only === "" || only === "discounts")
      await benchPasteDiscounts(
        server.url,
        Number(process.env.BENCH_LINES ?? 100000),
        Number(process.env.BENCH_RUNS ?? 1),
      );
    if (only === "" || only === "segments")
      await benchSegments(server.url, Number(process.env.BENCH_SEGMENT_LINES ?? 50000));
    if (only === "" || only === "storeFloor")
      await benchStoreFloor(server.url, Number(process.env.BENCH_LINES ?? 100000));
  } finally {
    await server.close();
  }
}
