import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { campaignColumns, CampaignRows, nextRowIndex } from "./CampaignRows";

const campaign = (no: string, description: string) => ({
  rowId: `r-${no}`,
  no,
  description,
  startingDate: "2026-09-01",
  endingDate: "2026-09-30",
});

function render(selectedRowId: string | null = null, lang: "en" | "da" = "en"): string {
  const items = [campaign("CP0001", "First"), campaign("CP0002", "Second")];
  return renderToStaticMarkup(createElement(CampaignRows, { lang, items, selectedRowId, onSelect: () => undefined }));
}

describe("the campaign list", () => {
  test("[PN3] rendering the list logs no warning", () => {
    const spies = [jest.spyOn(console, "warn"), jest.spyOn(console, "error")];
    spies.forEach((s) => s.mockImplementation(() => undefined));
    try {
      expect(render("r-CP0002")).toContain('role="grid"');
      expect(spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])))).toEqual([]);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });

  test("[PN1] three columns fit a 320 px pane: the dates share one, as a window", () => {
    const cols = campaignColumns("en");
    expect(cols.map((c) => c.key)).toEqual(["no", "description", "dates"]);
    expect(cols.reduce((sum, c) => sum + c.minWidth, 0)).toBeLessThanOrEqual(240);
    expect(cols[2]?.text(campaign("CP0001", "First"))).toBe("2026-09-01 – 2026-09-30");
    expect(render().match(/<th /g)).toHaveLength(3);
    expect(render()).not.toContain("<input");
  });

  test("[SP50] a table, not DetailsList: the selected row is marked and is the one in the tab order", () => {
    const html = render("r-CP0002");
    expect(html).not.toContain("ms-DetailsList");
    expect(html).toMatch(/<tr[^>]*tabindex="-1"[^>]*aria-selected="false"[^>]*data-rowid="r-CP0001"/);
    expect(html).toMatch(/<tr[^>]*tabindex="0"[^>]*aria-selected="true"[^>]*data-rowid="r-CP0002"/);
    expect(render(null)).toMatch(/<tr[^>]*tabindex="0"[^>]*data-rowid="r-CP0001"/);
    expect(render(null, "da")).toContain('aria-label="Kampagner"');
  });

  test("[SP50] the arrow keys, Home and End move between rows and stop at the ends", () => {
    expect(nextRowIndex("ArrowDown", 0, 3)).toBe(1);
    expect(nextRowIndex("ArrowDown", 2, 3)).toBe(2);
    expect(nextRowIndex("ArrowUp", 0, 3)).toBe(0);
    expect(nextRowIndex("ArrowUp", 2, 3)).toBe(1);
    expect(nextRowIndex("Home", 2, 3)).toBe(0);
    expect(nextRowIndex("End", 0, 3)).toBe(2);
    expect(nextRowIndex("a", 0, 3)).toBeNull();
  });
});
