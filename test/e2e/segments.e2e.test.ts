/**
 * Issue "Segments, contacts and activation", in Chromium on the dev host, through the pane: build a
 * segment of 500 contacts by criteria, mark it campaign target, activate the campaign, run a price check for
 * one of its customers (the campaign price wins and the pane says so), deactivate (it no longer does).
 */
import fs from "fs";
import path from "path";
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;

run("segments, activation and the price check end to end", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    await host.open(baseUrl(), "?fresh");
    // 1,000 companies (500 in territory NORTH) with two persons each; every tenth company is a customer.
    await host.page.evaluate(() =>
      (
        window as unknown as { campaignDesk: { fixtures: { seedContacts(n: number): Promise<void> } } }
      ).campaignDesk.fixtures.seedContacts(1000),
    );
    await host.settle();
  }, 120000);
  afterAll(async () => session?.close());

  const pane = () => host.pane();

  async function priceCheck(customerNo: string): Promise<{ price: string; source: string }> {
    await host.openTab("Price check");
    await pane().getByTestId("price-check-customerNo").fill(customerNo);
    await pane().getByTestId("price-check-itemNo").fill("I0001");
    await pane().getByTestId("price-check-unitOfMeasureCode").fill("PCS");
    await pane().getByTestId("price-check-date").fill("2026-10-01");
    await pane().getByTestId("price-check-run").click();
    await pane().getByTestId("price-check-result").waitFor();
    await host.settle();
    return {
      price: (await pane().getByTestId("price-check-unit-price").textContent()) ?? "",
      source: (await pane().getByTestId("price-check-price-source").textContent()) ?? "",
    };
  }

  test("a segment of 500 contacts built by criteria, marked as campaign target", async () => {
    await host.openTab("Segments");
    await pane().getByTestId("new-segment").click();
    await pane().getByTestId("segment-description").fill("North companies");
    await pane().getByTestId("segment-campaign").selectOption("CP0003"); // a native <select> (SP51)
    await pane().getByTestId("segment-campaign-target").check();
    await pane().getByTestId("segment-save").click();
    await pane().getByTestId("segment-list").getByText("SEG0001").waitFor();

    await pane().getByTestId("add-contacts-toggle").click();
    await pane().getByTestId("criteria-type").fill("Company");
    await pane().getByTestId("criteria-territoryCode").fill("NORTH");
    await pane().getByTestId("criteria-add").click();
    await pane().getByTestId("criteria-result").waitFor();
    await host.settle();
    expect(await pane().getByTestId("criteria-result").textContent()).toContain("500");
    const lines = await host.page.evaluate(async () => {
      const store = (
        window as unknown as {
          campaignDesk: { store: { loadRows(e: string): Promise<{ campaignNo: string; campaignTarget: boolean }[]> } };
        }
      ).campaignDesk.store;
      return (await store.loadRows("segmentLine")).map((l) => [l.campaignNo, l.campaignTarget]);
    });
    expect(lines).toHaveLength(500);
    expect(lines.every(([c, t]) => c === "CP0003" && t === true)).toBe(true);
  }, 120000);

  test("activating the campaign puts its companies in the target group; the price check names the campaign", async () => {
    expect(await priceCheck("C10001")).toMatchObject({ source: expect.not.stringContaining("CP0003") });
    await host.openTab("Campaigns");
    await pane().getByTestId("campaign-list").getByText("Autumn office chairs").click();
    await pane().getByTestId("campaign-activate").click();
    await host.settle();
    await pane().getByTestId("campaign-activation-outcome").waitFor();
    const count = (await pane().getByTestId("target-group-count").textContent()) ?? "";
    expect(count.replace(/[^\d]/g, "")).toBe("500");
    const checked = await priceCheck("C10001");
    expect(checked.price).toContain("7");
    expect(checked.source).toContain("campaign CP0003");
    fs.mkdirSync(path.resolve(__dirname, "../../docs"), { recursive: true });
    await host.page.screenshot({ path: path.resolve(__dirname, "../../docs/price-check.png") });
  }, 120000);

  test("after deactivating, the price check no longer finds the campaign price", async () => {
    await host.openTab("Campaigns");
    await pane().getByTestId("campaign-list").getByText("Autumn office chairs").click();
    await pane().getByTestId("campaign-deactivate").click();
    await host.settle();
    const checked = await priceCheck("C10001");
    expect(checked.price).toContain("10");
    expect(checked.source).not.toContain("CP0003");
    expect(checked.source).toContain("all customers");
  }, 120000);
});
