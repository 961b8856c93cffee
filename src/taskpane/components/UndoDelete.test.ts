/** Undo of a campaign's delete from the pane (rule CD4): what was deleted, in words, with an Undo button. */
import { createElement } from "react";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { UndoDelete } from "./UndoDelete";

const render = (undoDelete: { campaignNos: string[]; lines: number } | null, lang: "en" | "da" = "en") =>
  renderWith(fakeEngine({ undoDelete }, lang), createElement(UndoDelete));

test("[CD4] the latest delete is named with its line count and offers Undo, in English and Danish", () => {
  const html = render({ campaignNos: ["CP0003"], lines: 51 });
  expect(textOf(html, "undo-delete")).toContain("Deleted CP0003 with 51 price and discount lines.");
  expect(tagOf(html, "undo-delete-action")).not.toBeNull();
  expect(textOf(render({ campaignNos: ["CP0003"], lines: 1 }), "undo-delete")).toContain("1 price and discount line.");
  const da = render({ campaignNos: ["CP0003"], lines: 51 }, "da");
  expect(textOf(da, "undo-delete")).toContain("Slettede CP0003 med 51 pris- og rabatlinjer.");
  expect(da).toContain("Fortryd");
});

test("[CD4] nothing is shown when no delete can be undone", () => {
  expect(render(null)).toBe("");
});
