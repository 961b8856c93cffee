// The function file behind the ribbon: commands.html loads office.js under a strict CSP, commands.ts registers the
// manifest's ExecuteFunction names inside Office.onReady, and the handler always completes the event.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PANE_REQUEST_KEY, parsePaneRequest, storageToPane } from "../../src/commands/paneRequests";
import { makeValidateSheetHandler } from "../../src/commands/validateSheetHandler";
import { descend, parseXml } from "./xmlTree";
import { resources } from "./manifestResources";
import { COMMANDS_DIR, manifestXml } from "./manifestFiles";

const html = readFileSync(join(COMMANDS_DIR, "commands.html"), "utf8");

/** Directives of the page's Content-Security-Policy meta tag, e.g. { "script-src": ["'self'", …] }. */
function cspDirectives(page: string): Record<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page);
  if (meta?.[1] === undefined) throw new Error("commands.html has no Content-Security-Policy meta tag");
  return Object.fromEntries(
    meta[1]
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name ?? "", sources]),
  );
}

describe("commands.html", () => {
  it("is the page the manifest's FunctionFile names", () => {
    const root = parseXml(manifestXml);
    const resid = descend(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "FunctionFile")?.attrs.resid;
    const url = resources(root).find((r) => r.element.attrs.id === resid)?.element.attrs.DefaultValue ?? "";
    const fileName = new URL(url).pathname.slice(1);
    expect(existsSync(join(COMMANDS_DIR, fileName)) ? fileName : `${fileName} missing`).toBe("commands.html");
  });

  it("loads office.js from Microsoft's CDN", () => {
    expect(html).toMatch(
      /<script\s+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"><\/script>/,
    );
  });

  it("[XL15] loads everything from itself by default, scripts only from itself and the office.js CDN, no plugins, no foreign base URL", () => {
    expect(cspDirectives(html)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
    });
  });

  it("has no inline script, which that policy would block", () => {
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/gi)].map((match) => match[0]);
    expect(inline).toEqual([]);
  });
});

describe("commands.ts", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
  });

  it("associates validateSheet only once Office is ready", async () => {
    let ready: (() => void) | undefined;
    const associated: string[] = [];
    const fakeOffice = {
      onReady: (callback: () => void) => {
        ready = callback;
        return Promise.resolve();
      },
      actions: { associate: (name: string) => associated.push(name) },
    };
    Object.assign(globalThis, { Office: fakeOffice });
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    const before = [...associated];
    ready?.();
    expect({ before, after: associated }).toEqual({ before: [], after: ["validateSheet"] });
  });
});

describe("validateSheet handler", () => {
  it("[XL13] leaves a validateSheet request with its time in localStorage and completes the event", () => {
    const stored = new Map<string, string>();
    const completed = jest.fn();
    const storage = { setItem: (key: string, value: string) => void stored.set(key, value) };
    makeValidateSheetHandler(
      storageToPane(
        () => storage,
        () => 1_000,
      ),
    )({ completed });
    expect({
      request: parsePaneRequest(stored.get(PANE_REQUEST_KEY)),
      completedCalls: completed.mock.calls.length,
    }).toEqual({
      request: { request: "validateSheet", time: 1_000 },
      completedCalls: 1,
    });
  });

  it("still completes the event when posting to the pane fails", () => {
    const completed = jest.fn();
    const failingPost = () => {
      throw new Error("storage blocked");
    };
    expect(() => makeValidateSheetHandler(failingPost)({ completed })).not.toThrow();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("the Validate sheet button", () => {
  it("[XL13] its tooltip says what it does: every bound table, checked by the pane, opened within 30 seconds", () => {
    const root = parseXml(manifestXml);
    const tip = resources(root).find((r) => r.element.attrs.id === "Validate.Tooltip")?.element;
    const danish = tip?.children.find((c) => c.local === "Override")?.attrs.Value ?? "";
    expect(tip?.attrs.DefaultValue).toMatch(/every bound table.*30 seconds/);
    expect(danish).toMatch(/alle bundne tabeller.*30 sekunder/);
  });
});
