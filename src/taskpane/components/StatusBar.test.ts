import { createElement } from "react";
import type { EngineState } from "../../sync";
import { INITIAL_STATE } from "../../sync";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { StatusBar } from "./StatusBar";

function render(state: Partial<EngineState>, lang: "en" | "da" = "en") {
  return renderWith(fakeEngine(state, lang), createElement(StatusBar));
}

describe("the status bar while working", () => {
  test("a known total shows a determinate bar and done of total rows, with Cancel", () => {
    const html = render({ progress: { label: "Checking", done: 25000, total: 100000 } });
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain("25,000 of 100,000 rows");
    expect(tagOf(html, "progress-cancel")).not.toBeNull();
  });

  test("Danish groups digits with dots", () => {
    expect(render({ progress: { label: "x", done: 1500, total: 2000 } }, "da")).toContain("1.500 af 2.000 rækker");
  });

  test("an unknown total shows an indeterminate bar without a row count", () => {
    const html = render({ progress: { label: "Reading", done: 0, total: 0 } });
    expect(html).not.toContain("aria-valuenow");
    expect(html).not.toContain(" of ");
    expect(tagOf(html, "progress-cancel")).not.toBeNull();
  });

  test("idle, the bar gives way to the status text", () => {
    const html = render({ progress: null });
    expect(tagOf(html, "progress")).toBeNull();
    expect(textOf(html, "status-text")).not.toBe("");
  });
});

describe("while Excel holds the add-in's requests", () => {
  test("[XL2] the pane says it waits for the person to finish editing the cell, in English and Danish", () => {
    expect(textOf(render({ waitingForCellEdit: true }), "waiting-for-cell-edit")).toBe(
      "Waiting for you to finish editing the cell (press Enter or Esc)…",
    );
    expect(textOf(render({ waitingForCellEdit: true }, "da"), "waiting-for-cell-edit")).toContain(
      "afslutter redigeringen af cellen",
    );
    expect(tagOf(render({ waitingForCellEdit: false }), "waiting-for-cell-edit")).toBeNull();
  });
});

describe("a notice from Excel", () => {
  test("[XL11] why a sheet could not be shown stays in the status bar", () => {
    const notice = "Another workbook has the focus, so Campaign Desk could not show the sheet ‘X’.";
    expect(textOf(render({ notice }), "status-notice")).toBe(notice);
    expect(tagOf(render({ notice: null }), "status-notice")).toBeNull();
  });
});

describe("never 'Synced' while anything waits or failed", () => {
  const ok = { id: "b1", entity: "campaign", tableName: "t", sheetName: "Campaigns", hidden: false, problems: [] };
  const binding = (health: "checking" | "ok" | "broken" | "header") =>
    ({ ...ok, health, rows: 1, issueCount: 0 }) as EngineState["bindings"][number];

  test("[F6] idle with every table ok says Synced; a failure says Not synced (English and Danish)", () => {
    expect(textOf(render({ bindings: [binding("ok")] }), "status-text")).toBe("Synced");
    expect(textOf(render({ error: "The checker stopped…" }), "status-text")).toBe("Not synced");
    expect(textOf(render({ error: "x" }, "da"), "status-text")).toBe("Ikke synkroniseret");
    expect(textOf(render({ bindings: [binding("broken")] }), "status-text")).toBe("Not synced");
    expect(textOf(render({ bindings: [binding("header")] }), "status-text")).toBe("Not synced");
  });

  test("[F6] hints or jobs waiting, or a table not checked yet, say Checking, with Cancel while work waits", () => {
    const pending = render({ pending: 2 });
    expect(textOf(pending, "status-text")).toBe("Checking…");
    expect(tagOf(pending, "status-cancel")).not.toBeNull();
    expect(textOf(render({ busy: true }), "status-text")).toBe("Checking…");
    expect(textOf(render({ bindings: [binding("checking")] }), "status-text")).toBe("Checking…");
    expect(tagOf(render({}), "status-cancel")).toBeNull();
  });

  test("[SF1] storage full says Not synced, never Synced", () => {
    const full = { ...INITIAL_STATE.storage, full: ["Campaigns"] };
    expect(textOf(render({ storage: full, error: "This computer's storage…" }), "status-text")).toBe("Not synced");
  });
});
