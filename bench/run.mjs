// `npm run bench`: builds the pages (unless BENCH_SKIP_BUILD=1) and prints one `BENCH {json}` line per result.
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
if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
if (process.env.BENCH_SKIP_BUILD !== "1") execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
const server = await serveDist(root);
try {
  const only = process.env.BENCH_ONLY ?? "";
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
