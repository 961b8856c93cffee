// Server-side rendering checks the markup without a DOM (jest runs in node); interaction is covered by Playwright.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createFakeSim } from "./fakeSim";
import type { FakeSim } from "./fakeSim";
import { SheetGrid } from "./SheetGrid";

const render = (sim: FakeSim, height = 220) => renderToStaticMarkup(createElement(SheetGrid, { sim, height }));
const testIds = (html: string, prefix: string) =>
  [...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => id.startsWith(prefix));

describe("SheetGrid markup", () => {
  it("renders only the rows in view of a 100,000-row sheet", () => {
    const sim = createFakeSim();
    for (let r = 0; r < 100_000; r++) sim.put("Sheet1", r, 0, { value: r });
    const html = render(sim, 220);
    const rows = new Set(testIds(html, "cell-").map((id) => id.split("-")[1]));
    expect(rows.has("0")).toBe(true);
    expect(rows.size).toBeLessThan(40);
    expect(html).toContain(`height:${22 + (100_000 + 50) * 22}px`);
  });

  it("gives each cell its raw value, fill and display text", () => {
    const sim = createFakeSim();
    sim.put("Sheet1", 1, 1, { value: 45_292, numberFormat: "yyyy-mm-dd", fill: "#FFC7CE" });
    sim.put("Sheet1", 2, 0, { value: false });
    const html = render(sim);
    expect(html).toMatch(/data-testid="cell-1-1"[^>]*data-value="45292"[^>]*data-fill="#FFC7CE"[^>]*>2024-01-01</);
    expect(html).toMatch(/data-testid="cell-2-0"[^>]*data-value="FALSE"[^>]*>FALSE</);
  });

  it("leaves hidden columns out", () => {
    const sim = createFakeSim();
    sim.put("Sheet1", 0, 3, { value: "x" });
    sim.hide("Sheet1", 1);
    const cols = new Set(testIds(render(sim), "cell-0-").map((id) => id.split("-")[2]));
    expect(cols.has("0")).toBe(true);
    expect(cols.has("1")).toBe(false);
    expect(cols.has("3")).toBe(true);
  });

  it("shows a tab per sheet and the selected cell in the edit bar", () => {
    const sim = createFakeSim(["Campaigns", "Prices"]);
    sim.put("Campaigns", 4, 2, { value: "#NAME?", formula: "=FOO()" });
    sim.userSelect({ sheetName: "Campaigns", row: 4, col: 2 });
    const html = render(sim);
    expect(testIds(html, "sheet-tab-")).toEqual(["sheet-tab-Campaigns", "sheet-tab-Prices"]);
    expect(html).toMatch(/data-testid="edit-bar-address"[^>]*>C5</);
    expect(html).toMatch(/data-testid="edit-bar-value"[^>]*>=FOO\(\)</);
    expect(html).toMatch(
      /data-testid="cell-4-2"[^>]*aria-selected="true"|aria-selected="true"[^>]*data-testid="cell-4-2"/,
    );
  });

  it("renders cell text as text, never as markup", () => {
    const sim = createFakeSim();
    sim.put("Sheet1", 0, 0, { value: "<b>bold</b>" });
    const html = render(sim);
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");
  });
});
