/**
 * Issue "A pane a first-time marketer understands" (#15), in Chromium on the dev host with a blank workbook:
 * the Campaigns tab shows the three first steps, and each button does its step and shows the sheet.
 */
import { baseUrl, chromiumAvailable, launch } from "./support/browser";
import { HostPage } from "./pages/hostPage";

const run = chromiumAvailable() ? describe : describe.skip;

run("the Campaigns tab's first steps on a blank workbook", () => {
  let session: Awaited<ReturnType<typeof launch>>;
  let host: HostPage;
  const consoleProblems: string[] = [];
  beforeAll(async () => {
    session = await launch();
    host = new HostPage(session.page);
    host.page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    await host.open(baseUrl(), "?fresh&empty");
  }, 120000);
  afterAll(async () => session?.close());

  const pane = () => host.pane();

  test("[PN8] the three steps, setup first; it reports exactly the sheets it created and shows Campaigns", async () => {
    await host.openTab("Campaigns");
    await pane().getByTestId("first-steps").waitFor();
    await expect(pane().getByTestId("first-step-lines-button").isDisabled()).resolves.toBe(true);
    await pane().getByTestId("first-step-setup-button").click();
    await pane().getByTestId("first-steps-report").waitFor({ timeout: 60000 });
    await host.settle();
    const report = (await pane().getByTestId("first-steps-report").textContent()) ?? "";
    expect(report).toMatch(/^Created \d+ sheets: Campaign status codes, Salespeople, Campaigns, /);
    await expect(pane().getByTestId("first-step-setup").getAttribute("data-done")).resolves.toBe("true");
  }, 120000);

  test("[PN8] add a campaign, then paste its lines: the steps are done in turn and the list replaces them", async () => {
    await pane().getByTestId("first-step-campaign-button").click();
    await host.settle();
    await pane().getByTestId("card-description").fill("First campaign");
    await pane().getByTestId("card-save").click();
    await host.settle();
    await pane().getByTestId("campaign-list").getByText("First campaign").waitFor();
    await expect(pane().getByTestId("first-step-campaign").getAttribute("data-done")).resolves.toBe("true");
    await pane().getByTestId("first-step-lines-button").click();
    await host.settle();
    // The campaign's discount lines sheet is bound and shown; the steps give way to the list.
    await pane().getByTestId("first-steps").waitFor({ state: "detached" });
  }, 120000);

  test("[PN3] the browser console has no errors or warnings", () => {
    expect(consoleProblems).toEqual([]);
  });
});
