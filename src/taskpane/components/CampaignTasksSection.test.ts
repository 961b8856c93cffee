/** The campaign card's open tasks by salesperson (TK23): count, next due date and overdue, in English and Danish. */
import { createElement } from "react";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { CampaignTasksSection, CampaignTasksView } from "./CampaignTasksSection";

const COUNTS = [
  { salespersonCode: "AB", open: 1, nextDate: "2026-12-01", overdue: 0 },
  { salespersonCode: "JR", open: 3, nextDate: "2026-11-20", overdue: 2 },
];

test("[TK23] per salesperson: open tasks, next due date and overdue count", () => {
  const html = renderWith(fakeEngine({}), createElement(CampaignTasksView, { counts: COUNTS, lang: "en" }));
  expect(textOf(html, "card-tasks")).toContain("Open tasks");
  expect(html).toContain("Next due");
  expect(textOf(html, "card-tasks-JR")).toBe("JR32026-11-202");
  expect(textOf(html, "card-tasks-AB")).toBe("AB12026-12-010");
});

test("[TK23] in Danish with Danish dates; a campaign without open tasks says so", () => {
  const da = renderWith(fakeEngine({}, "da"), createElement(CampaignTasksView, { counts: COUNTS, lang: "da" }));
  expect(textOf(da, "card-tasks-JR")).toBe("JR320-11-20262");
  expect(da).toContain("Overskredet");
  const none = renderWith(fakeEngine({}), createElement(CampaignTasksView, { counts: [], lang: "en" }));
  expect(none).toContain("No open tasks for this campaign.");
});

test("[TK23] the card's section asks the engine when shown (nothing listed until it answers)", () => {
  const html = renderWith(fakeEngine({}), createElement(CampaignTasksSection, { campaignNo: "CP0001" }));
  expect(tagOf(html, "card-tasks")).not.toBeNull();
  expect(html).not.toContain("No open tasks");
});
