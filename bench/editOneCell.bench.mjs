// Issue #14, "Fast once the workbook is big". With a 100k-line campaign discount sheet in the workbook (autosave off):
// - `edit-one-cell-100k-workbook` {p50Ms, p95Ms, syncsPerEdit}: ≥ 30 edits each of a campaign's Description and of a
//   Line Discount % at row 50,001 of the big sheet, each timed from the person's edit to the engine idle (the hint's
//   200 ms quiet time left out: `engine.idle()` schedules waiting hints at once). Targets: p95 < 150 ms, ≤ 3 syncs.
// - `edit-campaign-date-100k` {ms}: the campaign's ending date edited once, which re-dates its 100k lines.
// - `open-100k-workbook` {ms, demoMs, ratio}: the page loaded again on the saved workbook, unchanged since it was
//   saved, from navigation to the engine idle; the dev host's own restore of the workbook (reading its saved state,
//   Excel's work in real life) is printed apart as docLoadMs and counts in ms. Target: ms < 2,000.
// Setup (catalogue, the 100k paste) is not timed.
import { openHost, pasteCampaignLines, report } from "./browser.mjs";

const LINES = 100000;
const CAMPAIGN = "CP0002";
const EDITS = 30;

/** Runs in the page: the catalogue and 100k lines on the campaign's own sheet; returns where to edit. */
async function prepare(page, lines) {
  const sheet = await pasteCampaignLines(page, CAMPAIGN, lines);
  return page.evaluate(
    async ({ lines, campaign, sheet }) => {
      const cd = window.campaignDesk;
      // Once more, as focusing the pane does: every line as written back.
      await cd.engine.reconcileAll();
      const col = (sheetName, pattern) => {
        for (let c = 0; c < 30; c++) if (pattern.test(String(cd.sim.cell(sheetName, 0, c).value))) return c;
        throw new Error(`no column ${pattern} on ${sheetName}`);
      };
      const campaigns = cd.engine.getState().bindings.find((b) => b.entity === "campaign" && !b.scope).sheetName;
      let campaignRow = -1;
      for (let r = 1; r < 50; r++) if (cd.sim.cell(campaigns, r, 0).value === campaign) campaignRow = r;
      return {
        sheet,
        pct: col(sheet, /Discount %/),
        campaigns,
        campaignRow,
        description: col(campaigns, /^Description$/),
        end: col(campaigns, /^Ending Date$/),
        stored: await cd.store.countRows("salesLineDiscount"),
      };
    },
    { lines, campaign: CAMPAIGN, sheet },
  );
}

/** Runs in the page: one edit typed, timed to the engine idle, with the syncs it took and the reconciles' reports. */
async function timedEdits(page, edits) {
  return page.evaluate(async (edits) => {
    const cd = window.campaignDesk;
    const out = [];
    for (const e of edits) {
      const before = cd.sim.counters().syncs;
      const reportsBefore = cd.reports.length;
      const t0 = performance.now();
      cd.sim.userEdit(e.sheet, e.row, e.col, [[e.value]]);
      await cd.sim.flushEvents();
      await cd.engine.idle();
      const ms = performance.now() - t0;
      const reports = cd.reports.slice(reportsBefore).map((r) => ({
        entity: r.entity,
        planned: r.planned,
        readMs: Math.round(r.readMs),
        planMs: Math.round(r.planMs),
        commitMs: Math.round(r.commitMs),
        writeMs: Math.round(r.writeMs),
        // SP20: rows read again for an in-body edit (absent: the whole table was read).
        ...(r.rowsRead !== undefined ? { rowsRead: r.rowsRead } : {}),
      }));
      out.push({ kind: e.kind, ms, syncs: cd.sim.counters().syncs - before, reports });
    }
    return out;
  }, edits);
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

export async function benchEditOneCell(baseUrl, lines = LINES) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    const at = await prepare(host.page, lines);
    const edits = [];
    for (let i = 0; i < EDITS; i++) {
      edits.push({
        kind: "description",
        sheet: at.campaigns,
        row: at.campaignRow,
        col: at.description,
        value: `Bench ${i}`,
      });
      edits.push({ kind: "discount", sheet: at.sheet, row: 50001, col: at.pct, value: String(20 + (i % 7)) });
    }
    const timed = await timedEdits(host.page, edits);
    const ms = timed.map((t) => t.ms);
    const byKind = (kind) => timed.filter((t) => t.kind === kind);
    const slowest = [...timed].sort((a, b) => b.ms - a.ms)[0];
    const out = {
      name: "edit-one-cell-100k-workbook",
      lines,
      edits: timed.length,
      p50Ms: Math.round(percentile(ms, 0.5)),
      p95Ms: Math.round(percentile(ms, 0.95)),
      syncsPerEdit: Math.max(...timed.map((t) => t.syncs)),
      description: {
        p50Ms: Math.round(
          percentile(
            byKind("description").map((t) => t.ms),
            0.5,
          ),
        ),
        p95Ms: Math.round(
          percentile(
            byKind("description").map((t) => t.ms),
            0.95,
          ),
        ),
        syncs: Math.max(...byKind("description").map((t) => t.syncs)),
      },
      discount: {
        p50Ms: Math.round(
          percentile(
            byKind("discount").map((t) => t.ms),
            0.5,
          ),
        ),
        p95Ms: Math.round(
          percentile(
            byKind("discount").map((t) => t.ms),
            0.95,
          ),
        ),
        syncs: Math.max(...byKind("discount").map((t) => t.syncs)),
      },
      slowest: { kind: slowest.kind, ms: Math.round(slowest.ms), syncs: slowest.syncs, reports: slowest.reports },
    };
    out.targetsMet = out.p95Ms < 150 && out.syncsPerEdit <= 3;
    report(out);

    // Every line of the campaign is re-dated (the workbook's other campaigns keep theirs).
    const campaignLines = await host.page.evaluate(
      async (campaign) =>
        (await window.campaignDesk.store.loadRows("salesLineDiscount")).filter((l) => l.salesCode === campaign).length,
      CAMPAIGN,
    );
    const [dated] = await timedEdits(host.page, [
      { kind: "date", sheet: at.campaigns, row: at.campaignRow, col: at.end, value: "2027-01-31" },
    ]);
    const redated = await host.page.evaluate(
      async (campaign) =>
        (await window.campaignDesk.store.loadRows("salesLineDiscount")).filter(
          (l) => l.salesCode === campaign && l.endingDate === "2027-01-31",
        ).length,
      CAMPAIGN,
    );
    report({
      name: "edit-campaign-date-100k",
      lines,
      ms: Math.round(dated.ms),
      syncs: dated.syncs,
      redated,
      reports: dated.reports,
      campaignLines,
      targetsMet: redated === campaignLines && campaignLines >= lines,
    });
  } finally {
    await host.close();
  }
}

/** Runs in the page after a load: ms from navigation to the engine idle, and the dev host's own restore. */
async function loadedToIdle(page) {
  await page.waitForFunction(() => window.campaignDesk?.ready === true, null, { timeout: 600000 });
  return page.evaluate(async () => {
    const cd = window.campaignDesk;
    await cd.sim.flushEvents();
    await cd.engine.idle();
    const reports = cd.reports.map((r) => ({
      entity: r.entity,
      planned: r.planned,
      ms: Math.round(r.finishedAtMs - r.startedAtMs),
      startedAtMs: Math.round(r.startedAtMs),
      readMs: Math.round(r.readMs),
      planMs: Math.round(r.planMs),
      commitMs: Math.round(r.commitMs),
      writeMs: Math.round(r.writeMs),
    }));
    return { ms: performance.now(), docLoadMs: cd.timings.docLoadMs, paneStartMs: cd.timings.paneStartMs, reports };
  });
}

export async function benchOpenBig(baseUrl, lines = LINES) {
  // The demo workbook, saved, then the page loaded again on it.
  const demo = await openHost(baseUrl, "?fresh");
  let demoMs;
  try {
    await demo.page.evaluate(() => window.campaignDesk.flushDoc());
    await demo.page.goto(demo.page.url().replace("?fresh", ""));
    demoMs = (await loadedToIdle(demo.page)).ms;
  } finally {
    await demo.close();
  }
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    await prepare(host.page, lines);
    await host.page.evaluate(() => window.campaignDesk.flushDoc());
    await host.page.goto(host.page.url().replace("?fresh&", "?"));
    const opened = await loadedToIdle(host.page);
    const slowest = opened.reports.sort((a, b) => b.ms - a.ms).slice(0, 3);
    const out = {
      name: "open-100k-workbook",
      lines,
      ms: Math.round(opened.ms),
      docLoadMs: Math.round(opened.docLoadMs),
      paneStartMs: Math.round(opened.paneStartMs),
      demoMs: Math.round(demoMs),
      ratio: +(opened.ms / demoMs).toFixed(2),
      slowestTables: slowest,
    };
    out.targetsMet = out.ms < 2000;
    report(out);
  } finally {
    await host.close();
  }
}
