import { Selection } from "@fluentui/react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { campaignColumns, CampaignRows } from "./CampaignList";

const campaign = (no: string, description: string) => ({
  rowId: `r-${no}`,
  no,
  description,
  startingDate: "2026-09-01",
  endingDate: "2026-09-30",
});

function render(): string {
  const items = [campaign("CP0001", "First"), campaign("CP0002", "Second")];
  const selection = new Selection({ getKey: (item) => (item as { rowId: string }).rowId });
  return renderToStaticMarkup(createElement(CampaignRows, { lang: "en", items, selection }));
}

describe("the campaign list", () => {
  test("[PN3] rendering the list with its selection logs no warning (selection and getKey are exclusive)", () => {
    const spies = [jest.spyOn(console, "warn"), jest.spyOn(console, "error")];
    spies.forEach((s) => s.mockImplementation(() => undefined));
    try {
      expect(render()).toContain("ms-DetailsList");
      expect(spies.flatMap((s) => s.mock.calls.map((c) => String(c[0])))).toEqual([]);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
  });

  test("[PN1] three columns fit a 320 px pane: the dates share one, as a window", () => {
    const cols = campaignColumns("en");
    expect(cols.map((c) => c.key)).toEqual(["no", "description", "dates"]);
    expect(cols.reduce((sum, c) => sum + c.minWidth, 0)).toBeLessThanOrEqual(240);
    expect(cols[2]?.onRender?.(campaign("CP0001", "First"))).toBe("2026-09-01 – 2026-09-30");
    expect(render()).not.toContain("ms-DetailsRow-check");
  });
});
