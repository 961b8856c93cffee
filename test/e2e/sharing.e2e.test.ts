/**
 * Issue #10, "the workbook is the document", in Chromium with two browser profiles (two computers): a marketer
 * builds a segment, activates a campaign, pastes 2,000 discount lines and saves the workbook as .xlsx; a sales
 * person whose profile has never seen it opens the file and gets the same price and source, the same segment and
 * the same next campaign number. Then the sales person's store is deleted mid-session: reopened, the pane rebuilds
 * it from the workbook and answers the same. Issue #11: the sales person edits two contacts and sends the copy
 * back; the marketer meanwhile edited other contacts and one of the same fields; opening the returned copy keeps
 * both sides' edits, lists the one conflict, and a click resolves it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;
const LINES = 2000;

interface Cd {
  ready: boolean;
  dbName: string;
  store: {
    loadRows(e: string): Promise<Record<string, unknown>[]>;
    loadTargetGroups(campaignNo: string): Promise<{ type: string; no: string }[]>;
    close(): void;
  };
  engine: { getState(): { storage: Rebuild & { phase: string }; copy: { of: string } | null } };
  fixtures: {
    seedPricingSetup(n: number): Promise<void>;
    seedContacts(n: number): Promise<void>;
    campaignDiscountLines(c: string, n: number, bad: number): { tsv: string };
  };
}
/** The dev host's test door, as the page sees it: defined in the page by an init script (see `open`). */
declare const cdOf: () => Cd;

async function open(session: Awaited<ReturnType<typeof launch>>): Promise<HostPage> {
  await session.page.addInitScript(() => {
    (window as unknown as { cdOf(): unknown }).cdOf = () => (window as unknown as { campaignDesk: Cd }).campaignDesk;
  });
  return new HostPage(session.page);
}

interface Rebuild {
  done: number;
  total: number;
  cancelled: boolean;
}

/** How the store was last rebuilt from the workbook (all zero when it was not). */
const rebuild = (host: HostPage): Promise<Rebuild> =>
  host.page.evaluate(() => {
    const { done, total, cancelled } = cdOf().engine.getState().storage;
    return { done, total, cancelled };
  });

/** What a copy must agree on, read from the pane and from the store behind it. */
interface Answers {
  price: string;
  priceSource: string;
  discountSource: string;
  segments: string;
  segmentLines: number;
  campaignLines: number;
  targetGroup: string;
}

async function answers(host: HostPage): Promise<Answers> {
  const pane = host.pane();
  await host.openTab("Price check");
  await pane.getByTestId("price-check-customerNo").fill("C10001");
  await pane.getByTestId("price-check-itemNo").fill("I0001");
  await pane.getByTestId("price-check-unitOfMeasureCode").fill("PCS");
  await pane.getByTestId("price-check-date").fill("2026-10-01");
  await pane.getByTestId("price-check-run").click();
  await pane.getByTestId("price-check-result").waitFor();
  await host.settle();
  const text = async (id: string) => ((await pane.getByTestId(id).textContent()) ?? "").trim();
  const price = await text("price-check-unit-price");
  const priceSource = await text("price-check-price-source");
  const discountSource = await text("price-check-discount-source");
  await host.openTab("Segments");
  await pane.getByTestId("segment-list").getByText("SEG0001").waitFor();
  const segments = await text("segment-list");
  const counted = await host.page.evaluate(async () => {
    const store = cdOf().store;
    const lines = await store.loadRows("segmentLine");
    const discounts = await store.loadRows("salesLineDiscount");
    const targets = await store.loadTargetGroups("CP0003");
    return {
      segmentLines: lines.filter((l) => l["segmentNo"] === "SEG0001").length,
      campaignLines: discounts.filter((d) => d["salesCode"] === "CP0002").length,
      targetGroup: targets
        .map((t) => `${t.type} ${t.no}`)
        .sort()
        .join(","),
    };
  });
  return { price, priceSource, discountSource, segments, ...counted };
}

/** A campaign made in the card with an empty No. takes the next number of the workbook's series. */
async function newCampaignNo(host: HostPage, description: string): Promise<string> {
  const pane = host.pane();
  await host.openTab("Campaigns");
  await pane.getByTestId("new-campaign").click();
  await pane.getByTestId("card-description").fill(description);
  await pane.getByTestId("card-save").click();
  await host.settle();
  await pane.getByTestId("campaign-list").getByText(description).waitFor();
  return host.page.evaluate(async (d) => {
    const campaigns = await cdOf().store.loadRows("campaign");
    return String(campaigns.find((c) => c["description"] === d)?.["no"] ?? "");
  }, description);
}

/** Waits for the page to come back after it reopened itself (Open file…, reload) and the pane to go idle. */
async function reopened(host: HostPage, page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { leaving?: boolean }).leaving === undefined, null, {
    timeout: 60000,
  });
  await page.waitForFunction(() => cdOf()?.ready === true, null, { timeout: 60000 });
  await page.waitForFunction(() => cdOf().engine.getState().storage.phase !== "rebuilding", null, {
    timeout: 120000,
  });
  await host.settle();
}

run("a workbook shared between two computers", () => {
  let marketer: Awaited<ReturnType<typeof launch>>;
  let sales: Awaited<ReturnType<typeof launch>>;
  let m: HostPage;
  let s: HostPage;
  let dir: string;
  let file: string;
  let expected: Answers;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cd-sharing-"));
    marketer = await launch();
    sales = await launch();
    m = await open(marketer);
    s = await open(sales);
    await m.open(baseUrl(), "?fresh");
    await m.page.evaluate(async () => {
      await cdOf().fixtures.seedPricingSetup(1000);
      await cdOf().fixtures.seedContacts(1000);
    });
    await m.settle();
  }, 180000);
  afterAll(async () => {
    await marketer?.close();
    await sales?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("the marketer segments, activates, pastes 2,000 lines and saves the workbook", async () => {
    const pane = m.pane();
    await m.openTab("Segments");
    await pane.getByTestId("new-segment").click();
    await pane.getByTestId("segment-description").fill("North companies");
    await pane.getByTestId("segment-campaign").selectOption("CP0003"); // a native <select> (SP51)
    await pane.getByTestId("segment-campaign-target").check({ force: true });
    await pane.getByTestId("segment-save").click();
    await pane.getByTestId("segment-list").getByText("SEG0001").waitFor();
    await pane.getByTestId("add-contacts-toggle").click();
    await pane.getByTestId("criteria-type").fill("Company");
    await pane.getByTestId("criteria-territoryCode").fill("NORTH");
    await pane.getByTestId("criteria-add").click();
    await pane.getByTestId("criteria-result").waitFor();
    await m.settle();

    await m.openTab("Campaigns");
    await pane.getByTestId("campaign-list").getByText("Autumn office chairs").click();
    await pane.getByTestId("campaign-activate").click();
    await m.settle();
    await pane.getByTestId("campaign-activation-outcome").waitFor();

    await pane.getByTestId("campaign-list").getByText("Summer garden sale").click();
    await pane.getByTestId("open-discounts-sheet").click();
    await m.settle();
    await m.grid.selectSheet("Discounts CP0002");
    const { tsv } = await m.page.evaluate((n) => cdOf().fixtures.campaignDiscountLines("CP0002", n, 0), LINES);
    await m.grid.paste(1, 0, tsv);
    await m.settle();

    expected = await answers(m);
    expect(expected.priceSource).toContain("CP0003"); // the activated campaign's price wins
    expect(expected.segmentLines).toBe(500);
    expect(expected.campaignLines).toBe(LINES);
    expect(expected.targetGroup.split(",")).toHaveLength(500); // each company targeted, as customer or contact

    await m.saveFile();
    const [download] = await Promise.all([m.page.waitForEvent("download"), m.page.getByTestId("save-copy").click()]);
    file = path.join(dir, "campaigns.xlsx");
    await download.saveAs(file);
  }, 240000);

  test("the sales person opens the file on another computer: same price, segment and next number", async () => {
    await s.open(baseUrl(), "?fresh");
    await s.page.evaluate(() => ((window as unknown as { leaving?: boolean }).leaving = true));
    await s.page.getByTestId("open-file-input").setInputFiles(file);
    await reopened(s, s.page);
    // A store that had never seen the workbook was built from it, every table of it.
    const built = await rebuild(s);
    expect(built).toEqual({ done: built.total, total: expect.any(Number), cancelled: false });
    expect(built.total).toBeGreaterThan(10);
    expect(await answers(s)).toEqual(expected);
    // Both computers number the next campaign alike: the series travels in the workbook.
    const there = await newCampaignNo(s, "Sales person's campaign");
    const here = await newCampaignNo(m, "Marketer's campaign");
    expect(there).toMatch(/^CP\d+$/);
    expect(there).toBe(here);
  }, 240000);

  test("a store deleted mid-session is rebuilt from the workbook on reopening, with the same answers", async () => {
    await s.saveFile();
    const dbName = await s.page.evaluate(() => cdOf().dbName);
    await s.page.evaluate(async (name) => {
      cdOf().store.close();
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
        req.onblocked = () => resolve(); // the worker's connection closes with the page; deletion completes then
      });
    }, dbName);
    await s.page.reload();
    await reopened(s, s.page);
    expect(await s.page.evaluate(() => cdOf().dbName)).toBe(dbName);
    const built = await rebuild(s);
    expect(built.total).toBeGreaterThan(10);
    expect(built.done).toBe(built.total);
    const again = await answers(s);
    expect(again).toEqual(expected);
  }, 240000);

  test("the returned copy merges: both sides' edits kept, each conflict listed and resolved with a click", async () => {
    const NAME = 2;
    const CITY = 7;
    await s.grid.selectSheet("Contacts");
    const [before5, before10] = [await s.grid.cellValue(5, NAME), await s.grid.cellValue(10, NAME)];
    await s.grid.typeInto(5, NAME, "Sales person's name");
    await s.grid.typeInto(6, CITY, "Aarhus (sales)");
    await s.settle();
    await s.saveFile();
    const [download] = await Promise.all([s.page.waitForEvent("download"), s.page.getByTestId("save-copy").click()]);
    const returned = path.join(dir, "campaigns (returned).xlsx");
    await download.saveAs(returned);

    // Meanwhile the marketer edits another contact and the same field of one the sales person edited.
    await m.grid.selectSheet("Contacts");
    expect([await m.grid.cellValue(5, NAME), await m.grid.cellValue(10, NAME)]).toEqual([before5, before10]);
    await m.grid.typeInto(10, NAME, "Marketer's name");
    await m.grid.typeInto(5, NAME, "Marketer's other name");
    await m.settle();
    await m.saveFile();

    await m.page.evaluate(() => ((window as unknown as { leaving?: boolean }).leaving = true));
    await m.page.getByTestId("open-file-input").setInputFiles(returned);
    await m.page.waitForFunction(() => (window as unknown as { leaving?: boolean }).leaving === undefined, null, {
      timeout: 60000,
    });
    // The returned file is a copy of the marketer's workbook, opened at another place: the pane asks first.
    const pane = m.pane();
    await pane.getByTestId("copy-prompt").waitFor({ timeout: 60000 });
    await pane.getByTestId("copy-merge").click();
    await reopened(m, m.page);
    await m.page.waitForFunction(() => cdOf().engine.getState().copy === null);
    await m.settle();

    await pane.getByTestId("conflicts-open").click();
    // Two conflicts: the contact name both changed, and the campaign each side numbered alike (the previous test).
    const cards = pane.getByTestId("conflict-card");
    await cards.first().waitFor();
    const kinds = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")).sort());
    expect(kinds).toEqual(["fields", "key"]);
    const contactCard = pane.locator('[data-testid="conflict-card"][data-kind="fields"]');
    const values = (await contactCard.getByTestId("conflict-fields").textContent()) ?? "";
    expect(values).toContain("Sales person's name");
    expect(values).toContain("Marketer's other name");
    await contactCard.getByTestId("conflict-keep-sheet").click();
    await m.settle();
    await pane.locator('[data-testid="conflict-card"][data-kind="key"]').getByTestId("conflict-renumber").click();
    await m.settle();
    await pane.getByTestId("conflict-list").waitFor({ state: "detached" });
    const campaigns = await m.page.evaluate(async () =>
      (await cdOf().store.loadRows("campaign")).map((c) => `${String(c["description"])}`),
    );
    expect(campaigns).toEqual(expect.arrayContaining(["Sales person's campaign", "Marketer's campaign"]));

    const contacts = await m.page.evaluate(async () => {
      const rows = await cdOf().store.loadRows("contact");
      return rows.map((r) => [String(r["name"]), String(r["city"])]);
    });
    const names = contacts.map(([name]) => name);
    expect(names).toContain("Sales person's name");
    expect(names).toContain("Marketer's name");
    expect(names).not.toContain("Marketer's other name");
    expect(contacts.map(([, city]) => city)).toContain("Aarhus (sales)");
    expect(contacts).toHaveLength(3000); // 1,000 companies with two persons each: nothing lost, nothing doubled
    expect([await m.grid.cellValue(5, NAME), await m.grid.cellValue(10, NAME)]).toEqual([
      "Sales person's name",
      "Marketer's name",
    ]);
    expect(await m.grid.cellValue(6, CITY)).toBe("Aarhus (sales)");
  }, 300000);
});
