/**
 * Page model of the dev host's spreadsheet grid (dev/host/grid). Rows are virtualised, so every cell access
 * first scrolls the row into view; coordinates are 0-based sheet rows and columns.
 */
import type { Locator, Page } from "playwright-core";

export class GridPage {
  constructor(private readonly page: Page) {}

  /** The focusable grid (scroll container) that receives keys and paste events. */
  get grid(): Locator {
    return this.page.getByTestId("grid");
  }

  cell(row: number, col: number): Locator {
    return this.page.getByTestId(`cell-${row}-${col}`);
  }

  async selectSheet(name: string): Promise<void> {
    await this.page.getByTestId(`sheet-tab-${name}`).click();
    await this.page.waitForSelector(`[data-testid="sheet-tab-${name}"][aria-selected="true"]`);
  }

  /** Scroll the grid so the row is rendered (rows outside the view are not in the DOM). */
  async revealCell(row: number, col: number): Promise<Locator> {
    await this.grid.evaluate((el, r) => {
      const rowHeight = Number(el.dataset["rowHeight"]);
      const viewport = el.clientHeight - Number(el.dataset["headerHeight"]);
      const top = r * rowHeight;
      if (top < el.scrollTop || top + rowHeight > el.scrollTop + viewport) {
        el.scrollTop = Math.max(0, top - viewport / 2);
      }
    }, row);
    const cell = this.cell(row, col);
    await cell.waitFor({ state: "attached" });
    return cell;
  }

  async selectCell(row: number, col: number): Promise<void> {
    const cell = await this.revealCell(row, col);
    await cell.click();
    await this.page.waitForSelector(`[data-testid="cell-${row}-${col}"][aria-selected="true"]`);
  }

  /** Type `text` into the cell through the in-place editor and commit with Enter. */
  async typeInto(row: number, col: number, text: string): Promise<void> {
    await this.selectCell(row, col);
    await this.page.keyboard.press("F2");
    const editor = this.page.getByTestId("cell-editor");
    await editor.fill(text);
    await editor.press("Enter");
    await editor.waitFor({ state: "detached" });
  }

  /** Paste tab-separated text at the cell, as a synthetic clipboard `paste` event on the grid. */
  async paste(row: number, col: number, tsv: string): Promise<void> {
    await this.selectCell(row, col);
    await this.grid.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, tsv);
  }

  /** The cell's raw value (numbers in full, booleans TRUE/FALSE, "" when empty). */
  async cellValue(row: number, col: number): Promise<string> {
    const cell = await this.revealCell(row, col);
    return (await cell.getAttribute("data-value")) ?? "";
  }

  /** The text the cell shows (dates as yyyy-mm-dd). */
  async cellText(row: number, col: number): Promise<string> {
    const cell = await this.revealCell(row, col);
    return (await cell.textContent()) ?? "";
  }

  /** The cell's fill colour as the workbook holds it ("#FFC7CE"), or null. */
  async cellFill(row: number, col: number): Promise<string | null> {
    const cell = await this.revealCell(row, col);
    return cell.getAttribute("data-fill");
  }

  /** Address ("C5") and value shown in the edit bar. */
  async editBar(): Promise<{ address: string; value: string }> {
    const address = (await this.page.getByTestId("edit-bar-address").textContent()) ?? "";
    const value = (await this.page.getByTestId("edit-bar-value").textContent()) ?? "";
    return { address, value };
  }

  /** Click a toolbar command: "Insert row", "Delete row", "Delete table" or the sort button. */
  async command(label: "Insert row" | "Delete row" | "Delete table" | "Sort A→Z"): Promise<void> {
    const aria = label === "Sort A→Z" ? "Sort table A to Z by the selected column" : label;
    await this.page.getByRole("button", { name: aria, exact: true }).click();
  }
}
