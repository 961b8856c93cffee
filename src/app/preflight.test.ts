/**
 * preflight.js (issue #9, item 7): before the bundle, an old host, a webview without ES2022 or a browser without
 * IndexedDB gets a page saying so — never a blank pane. Run in a fresh VM context with a small fake DOM.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";

const SCRIPT = readFileSync(join(__dirname, "preflight.js"), "utf8");

interface FakeElement {
  tag: string;
  textContent: string;
  attrs: Record<string, string>;
  style: Record<string, string>;
  children: FakeElement[];
  firstChild: FakeElement | null;
  setAttribute(name: string, value: string): void;
  appendChild(child: FakeElement): void;
  removeChild(child: FakeElement): void;
}

function element(tag: string): FakeElement {
  const el: FakeElement = {
    tag,
    textContent: "",
    attrs: {},
    style: {},
    children: [],
    get firstChild() {
      return el.children[0] ?? null;
    },
    setAttribute: (name, value) => void (el.attrs[name] = value),
    appendChild: (child) => void el.children.push(child),
    removeChild: (child) => void (el.children = el.children.filter((c) => c !== child)),
  };
  return el;
}

interface Setup {
  /** Code run in the context first (e.g. removing an ES2022 built-in). */
  before?: string;
  indexedDB?: boolean;
  language?: string;
  /** The host's answer to isSetSupported("ExcelApi", floor); undefined: no Office at all. */
  excelApiSupported?: boolean;
}

function run(setup: Setup) {
  const root = element("div");
  let ready: (() => void) | null = null;
  const window: Record<string, unknown> = {};
  const context: Record<string, unknown> = {
    window,
    document: {
      readyState: "complete",
      getElementById: (id: string) => (id === "root" ? root : null),
      createElement: element,
      addEventListener: () => undefined,
    },
    navigator: { language: setup.language ?? "en-US" },
  };
  if (setup.indexedDB !== false) window["indexedDB"] = {};
  if (setup.excelApiSupported !== undefined) {
    window["Office"] = {
      onReady: (callback: () => void) => void (ready = callback),
      context: {
        displayLanguage: setup.language ?? "en-US",
        requirements: { isSetSupported: (name: string) => name === "ExcelApi" && setup.excelApiSupported === true },
      },
    };
  }
  runInNewContext(`${setup.before ?? ""};${SCRIPT}`, context);
  const state = window["campaignDeskPreflight"] as { ok: boolean; problem: string | null };
  const shown = () => {
    const box = root.children[0];
    return box ? { problem: box.attrs["data-problem"], text: box.children.map((c) => c.textContent).join(" ") } : null;
  };
  return { state, shown, officeReady: () => (ready as (() => void) | null)?.() };
}

describe("preflight", () => {
  test("[XL17] a capable host: nothing is shown and the bundle may start", () => {
    const p = run({ excelApiSupported: true });
    p.officeReady();
    expect({ ok: p.state.ok, shown: p.shown() }).toEqual({ ok: true, shown: null });
  });

  test("[XL17] a webview without ES2022 gets a page telling the person to update Office", () => {
    const p = run({ before: "delete Array.prototype.at" });
    expect(p.state).toMatchObject({ ok: false, problem: "es2022" });
    expect(p.shown()?.text).toContain("Update Office");
  });

  test("[XL17] no IndexedDB: a page about the local database, in Danish for a Danish Office", () => {
    const p = run({ indexedDB: false, language: "da-DK" });
    expect(p.shown()).toEqual({ problem: "indexedDB", text: expect.stringContaining("lokal database") as unknown });
  });

  test("[XL17] an Excel below the floor: a page naming the requirement set once Office is ready", () => {
    const p = run({ excelApiSupported: false });
    const before = p.shown();
    p.officeReady();
    expect({ before, ok: p.state.ok, after: p.shown()?.text }).toEqual({
      before: null,
      ok: false,
      after: expect.stringContaining("needs ExcelApi 1.8") as unknown,
    });
  });

  test("[XL17] the bundle can report a database that cannot be opened through the same page", () => {
    const p = run({ excelApiSupported: true });
    (p.state as unknown as { show(problem: string): void }).show("storage");
    expect(p.shown()?.problem).toBe("storage");
  });
});
