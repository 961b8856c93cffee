/**
 * The browser's storage for the add-in is full (issue #12 item 5, rule SF1): nothing of the table is stored, the pane
 * says so in words and stays red, and the table is stored once space is back — on "Try again" or after the next
 * change that stores.
 */
import { harnessesPerTest } from "./engineHarness";
import type { Harness } from "./engineHarness";

const harness = harnessesPerTest();
const CAMPAIGN = ["CP0001", "Spring", "2026-03-01", "2026-05-31", "JR", "PLANNED"];

async function workbook(disk: { full: boolean }, lang: "en" | "da" = "en"): Promise<Harness> {
  const h = await harness(lang, { disk });
  await h.bindAll();
  await h.paste("campaignStatus", 0, [["PLANNED", "Planned"]]);
  await h.paste("salesperson", 0, [["JR", "Jim", "", "FALSE"]]);
  return h;
}

const campaignHealth = (h: Harness) => h.engine.getState().bindings.find((b) => b.entity === "campaign")?.health;

test("[SF1] storage full: nothing stored, the pane says so in words and stays red; Try again stores it", async () => {
  const disk = { full: false };
  const h = await workbook(disk);
  disk.full = true;
  await h.paste("campaign", 0, [CAMPAIGN]);
  expect(await h.store.loadRows("campaign")).toEqual([]);
  const state = h.engine.getState();
  expect(state.storage.full).toEqual([h.sheetOf("campaign")]);
  expect(state.error).toContain("storage for the add-in is full");
  expect(state.error).not.toContain("QuotaExceededError");
  expect(campaignHealth(h)).toBe("broken");
  // Still full: trying again fails the same way, and says so again.
  await h.engine.retryStorage();
  await h.settle();
  expect(h.engine.getState().storage.full).toHaveLength(1);
  disk.full = false;
  await h.engine.retryStorage();
  await h.settle();
  expect((await h.store.loadRows("campaign")).map((c) => c.no)).toEqual(["CP0001"]);
  expect(h.engine.getState().storage.full).toEqual([]);
  expect(h.engine.getState().error).toBeNull();
  expect(campaignHealth(h)).toBe("ok");
});

test("[SF1] once space is back, the next change that stores brings the refused table along", async () => {
  const disk = { full: false };
  const h = await workbook(disk, "da");
  disk.full = true;
  await h.paste("campaign", 0, [CAMPAIGN]);
  expect(h.engine.getState().error).toContain("lager til tilføjelsesprogrammet er fuldt");
  disk.full = false;
  await h.paste("salesperson", 1, [["AB", "Anna", "", "FALSE"]]);
  await h.settle();
  expect((await h.store.loadRows("campaign")).map((c) => c.no)).toEqual(["CP0001"]);
  expect(h.engine.getState().storage.full).toEqual([]);
});
