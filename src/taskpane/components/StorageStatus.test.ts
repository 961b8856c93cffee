/** The storage status (issue #10): one place that says what the local store is doing. */
import { createElement } from "react";
import type { EngineState, StorageState } from "../../sync";
import { INITIAL_STATE } from "../../sync";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { StorageStatus } from "./StorageStatus";

function render(storage: Partial<StorageState>, lang: "en" | "da" = "en"): string {
  const state: Partial<EngineState> = { storage: { ...INITIAL_STATE.storage, ...storage } };
  return renderWith(fakeEngine(state, lang), createElement(StorageStatus));
}

test("a rebuild shows which table it is at, of how many, why, and a Cancel button", () => {
  const html = render({ phase: "rebuilding", done: 3, total: 14 });
  expect(html).toContain("Rebuilding this workbook&#x27;s local store: 3 of 14 tables…");
  expect(html).toContain("has not seen this workbook before");
  expect(tagOf(html, "storage-cancel")).not.toBeNull();
  expect(render({ phase: "rebuilding", done: 3, total: 14 }, "da")).toContain("3 af 14 tabeller");
});

test("a cancelled rebuild says how far it got and that nothing in the workbook is lost", () => {
  const html = render({ phase: "ready", done: 5, total: 14, cancelled: true });
  expect(textOf(html, "storage-cancelled")).toContain("5 of 14 tables");
  expect(textOf(html, "storage-cancelled")).toContain("nothing in the workbook is lost");
});

test("storage the browser may evict is said once, with why nothing is lost", () => {
  expect(textOf(render({ persistent: false }), "storage-not-persistent")).toContain("the workbook holds everything");
  expect(tagOf(render({ persistent: true }), "storage-not-persistent")).toBeNull();
  expect(tagOf(render({ persistent: null }), "storage-not-persistent")).toBeNull();
});

test("a ready, kept store shows nothing", () => {
  expect(render({ phase: "ready", persistent: true })).toBe("");
});

test("[SF1] storage full is said in words, names the sheets, and offers Try again", () => {
  const html = render({ full: ["Campaigns", "Discounts CP0002"] });
  expect(textOf(html, "storage-full")).toContain("storage for the add-in is full (Campaigns, Discounts CP0002)");
  expect(tagOf(html, "storage-retry")).not.toBeNull();
  expect(render({ full: ["Kampagner"] }, "da")).toContain("Prøv igen");
  expect(tagOf(render({ full: [] }), "storage-full")).toBeNull();
});
