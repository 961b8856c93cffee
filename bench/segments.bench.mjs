// Issue "Segments, contacts and activation" in Chromium on the dev host:
// - activation of a campaign whose segment holds N (50,000) targeted lines, from the card's action to stored;
// - price checks against 100,000 price lines and 100,000 discount lines: index build time, p50/p99 of one
//   check timed in the page (the domain function) and through the engine (plan worker round trip).
// Setup data goes straight into the store (it is not what is measured).
import { openHost, report } from "./browser.mjs";

async function activation(baseUrl, lines) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    return await host.page.evaluate(async (lines) => {
      const cd = window.campaignDesk;
      const log = (entity) => ({ at: "", bindingId: "", entity, origin: "bench", puts: 0, deletes: 0, keys: [] });
      const contacts = [];
      for (let i = 1; i <= lines; i++) {
        const company = i % 3 === 1;
        const companyNo = `B${String(i - ((i - 1) % 3)).padStart(6, "0")}`;
        const no = company ? companyNo : `B${String(i).padStart(6, "0")}`;
        contacts.push({
          no,
          type: company ? "Company" : "Person",
          name: `Contact ${i}`,
          companyNo,
          salespersonCode: "",
          email: "",
          postCode: "",
          city: "",
          countryCode: "DK",
          territoryCode: "",
          excludeFromSegment: false,
          rowId: `c${i}`,
          rowVersion: 1,
          rowHash: "",
        });
      }
      await cd.store.commit({ entity: "contact", puts: contacts, deletes: [], log: log("contact") });
      const header = {
        no: "SEGBENCH",
        description: "Bench",
        campaignNo: "CP0004",
        campaignTarget: true,
        campaignResponse: false,
        salespersonCode: "",
        interactionTemplateCode: "",
        unitCost: 0,
        unitDuration: 0,
        date: "2026-12-01",
      };
      const segmentLines = contacts.map((c, k) => ({
        segmentNo: "SEGBENCH",
        lineNo: (k + 1) * 10000,
        contactNo: c.no,
        contactCompanyNo: c.companyNo,
        campaignNo: "CP0004",
        campaignTarget: true,
        campaignResponse: false,
        salespersonCode: "",
        interactionTemplateCode: "",
        description: "Bench",
        cost: 0,
        duration: 0,
        date: "2026-12-01",
        evaluation: "",
        attemptFailed: false,
        rowId: `s${k}`,
        rowVersion: 1,
        rowHash: "",
      }));
      await cd.store.commit({
        entity: "segmentLine",
        puts: segmentLines,
        deletes: [],
        cascade: [{ entity: "segmentHeader", puts: [{ ...header, rowId: "hbench", rowVersion: 1, rowHash: "" }] }],
        log: log("segmentLine"),
      });
      const t0 = performance.now();
      const result = await cd.engine.activateCampaign("CP0004", async () => true);
      const ms = performance.now() - t0;
      const stored = (await cd.store.loadTargetGroups("CP0004")).length;
      return { ms, result, stored };
    }, lines);
  } finally {
    await host.close();
  }
}

async function priceChecks(baseUrl, n, checks) {
  const host = await openHost(baseUrl, "?fresh&autosave=0");
  try {
    return await host.page.evaluate(
      async ({ n, checks }) => {
        const cd = window.campaignDesk;
        await cd.fixtures.seedPricingSetup(1000);
        const log = (entity) => ({ at: "", bindingId: "", entity, origin: "bench", puts: 0, deletes: 0, keys: [] });
        const item = (i) => `I${String((i % 1000) + 1).padStart(4, "0")}`;
        const sources = [
          ["AllCustomers", ""],
          ["Customer", "C10001"],
          ["Campaign", "CP0003"],
          ["Campaign", "CP0002"],
        ];
        const prices = [];
        const discounts = [];
        for (let i = 0; i < n; i++) {
          const [salesType, salesCode] = sources[i % sources.length];
          const common = {
            salesType,
            salesCode,
            currencyCode: "",
            startingDate: salesType === "Campaign" ? "2026-09-01" : "",
            endingDate: salesType === "Campaign" ? "2026-11-30" : "",
            minimumQuantity: Math.floor(i / 4000),
            unitOfMeasureCode: i % 2 ? "PCS" : "",
            variantCode: "",
            rowVersion: 1,
            rowHash: "",
          };
          prices.push({
            ...common,
            id: `p${i}`,
            rowId: `p${i}`,
            itemNo: item(i),
            unitPrice: 5 + (i % 50),
            priceIncludesVat: false,
            allowLineDisc: true,
            allowInvoiceDisc: true,
          });
          discounts.push({
            ...common,
            id: `d${i}`,
            rowId: `d${i}`,
            type: i % 20 === 0 ? "ItemDiscGroup" : "Item",
            code: i % 20 === 0 ? `G${(i / 20) % 5}` : item(i),
            salesType: salesType === "AllCustomers" ? "AllCustomers" : salesType,
            lineDiscountPct: i % 30,
          });
        }
        await cd.store.commit({ entity: "salesPrice", puts: prices, deletes: [], log: log("salesPrice") });
        await cd.store.commit({
          entity: "salesLineDiscount",
          puts: discounts,
          deletes: [],
          log: log("salesLineDiscount"),
        });
        await cd.store.commit({
          entity: "customer",
          puts: [
            {
              no: "C10001",
              name: "Bench",
              contactNo: "",
              customerPriceGroup: "",
              customerDiscGroup: "",
              currencyCode: "",
              rowId: "cu1",
              rowVersion: 1,
              rowHash: "",
            },
          ],
          deletes: [],
          log: log("customer"),
          targetGroups: { puts: [{ type: "Customer", no: "C10001", campaignNo: "CP0003" }], deletes: [] },
        });
        const input = (k) => ({
          customerNo: "C10001",
          itemNo: item(k * 7),
          variantCode: "",
          unitOfMeasureCode: "PCS",
          quantity: 1 + (k % 40),
          date: "2026-10-01",
          currencyCode: "",
        });

        // In the page: the domain function over an index built from the stored lines.
        const { buildPriceIndex, priceCheck, buildTargetGroupLookup } = cd.domain;
        const [p, d, refs, customers, items] = await Promise.all([
          cd.store.loadRows("salesPrice"),
          cd.store.loadRows("salesLineDiscount"),
          cd.store.loadReferenceData(),
          cd.store.loadRows("customer"),
          cd.store.loadRows("item"),
        ]);
        const t0 = performance.now();
        const index = buildPriceIndex(p, d);
        const buildMs = performance.now() - t0;
        const ctx = {
          customers: new Map(customers.map((c) => [c.no, c])),
          items: new Map(items.map((i) => [i.no, i])),
          itemUnits: refs.itemUnits,
          currencies: new Map(),
          campaigns: refs.campaigns,
          targetGroups: buildTargetGroupLookup(await cd.store.loadTargetGroups()),
        };
        const times = [];
        let campaignWins = 0;
        for (let k = 0; k < checks; k++) {
          const s = performance.now();
          const r = priceCheck(index, input(k), ctx);
          times.push(performance.now() - s);
          if (r.price.winner?.source.kind === "campaign") campaignWins++;
        }
        // Through the engine: the plan worker builds its own index on the first check.
        const e0 = performance.now();
        await cd.engine.priceCheck(input(0));
        const firstEngineMs = performance.now() - e0;
        const engineTimes = [];
        for (let k = 0; k < Math.min(checks, 500); k++) {
          const s = performance.now();
          await cd.engine.priceCheck(input(k));
          engineTimes.push(performance.now() - s);
        }
        const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
        return {
          buildMs,
          p50: q(times, 0.5),
          p99: q(times, 0.99),
          max: Math.max(...times),
          campaignWins,
          engineFirstMs: firstEngineMs,
          engineP50: q(engineTimes, 0.5),
          engineP99: q(engineTimes, 0.99),
        };
      },
      { n, checks },
    );
  } finally {
    await host.close();
  }
}

export async function benchSegments(baseUrl, lines = 50000, n = 100000, checks = 5000) {
  const a = await activation(baseUrl, lines);
  const activationOut = {
    name: `activate-campaign-${lines / 1000}k-segment-lines`,
    lines,
    ms: Math.round(a.ms),
    targetRows: a.stored,
    committed: a.result.committed,
    targetsMet: a.ms < 2000 && a.result.committed === true && a.stored > 0,
  };
  report(activationOut);
  const p = await priceChecks(baseUrl, n, checks);
  const out = {
    name: `price-check-${n / 1000}k-prices-${n / 1000}k-discounts`,
    checks,
    layout:
      "1,000 items; 4 sources (all customers, the customer, its campaign, another); 5% item-group discounts over 5 groups (1,000 per group)",
    indexBuildMs: Math.round(p.buildMs),
    p50Ms: Number(p.p50.toFixed(3)),
    p99Ms: Number(p.p99.toFixed(3)),
    maxMs: Number(p.max.toFixed(3)),
    campaignWins: p.campaignWins,
    engineFirstCheckMs: Math.round(p.engineFirstMs),
    engineP50Ms: Number(p.engineP50.toFixed(3)),
    engineP99Ms: Number(p.engineP99.toFixed(3)),
  };
  out.targetsMet = out.p99Ms < 1;
  report(out);
  return { activation: activationOut, priceCheck: out };
}
