/** A sheet's card in the Sheets tab: columns Excel added to its table are explained (rule PN13). */
import { createElement } from "react";
import type { BindingView } from "../../sync";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { BindingCard } from "./BindingCard";

const view = (extraColumns: string[]): BindingView => ({
  id: "b1",
  entity: "campaignStatus",
  tableName: "tblCampaignStatus",
  sheetName: "Campaign Status",
  hidden: false,
  health: "ok",
  problems: [],
  rows: 1,
  issueCount: 0,
  extraColumns,
});

const render = (extra: string[], lang: "en" | "da" = "en") =>
  renderWith(
    fakeEngine({}, lang),
    createElement(BindingCard, { entity: "campaignStatus", title: "Status", view: view(extra), lang, testId: "c" }),
  );

test("[PN13] a column Excel added is named, with what happens to it and what to do, in English and Danish", () => {
  expect(textOf(render(["Column1"]), "c-extra")).toContain(
    "Excel added the column ‘Column1’ to this table (a value typed or pasted right of it). Campaign Desk does not use it: it is kept as it is and never read as data.",
  );
  expect(textOf(render(["Column1", "Column2"]), "c-extra")).toContain(
    "the columns ‘Column1’, ‘Column2’ to this table (a value typed or pasted right of it). Campaign Desk does not use them: they are kept",
  );
  expect(textOf(render(["Kolonne1"], "da"), "c-extra")).toContain("Excel har føjet kolonnen ‘Kolonne1’ til tabellen");
  expect(tagOf(render([]), "c-extra")).toBeNull();
});
