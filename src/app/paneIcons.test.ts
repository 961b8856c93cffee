import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PANE_ICON_NAMES } from "./paneIcons";

/** Every `iconName: "X"` the pane's own components (and the dev host) name. */
function iconNamesInSource(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(p) && !p.endsWith(".test.ts"))
        for (const m of readFileSync(p, "utf8").matchAll(
          /iconName: (?:[^"}]*\? )?"([A-Za-z0-9]+)"(?: : "([A-Za-z0-9]+)")?/g,
        ))
          for (const name of [m[1], m[2]]) if (name) names.add(name);
    }
  };
  walk(path.join(__dirname, ".."));
  return [...names].sort();
}

test("[SP2] every icon the pane's code names is registered, and far fewer than the whole MDL2 set are", () => {
  const names = iconNamesInSource();
  expect(names).toEqual(expect.arrayContaining(["Add", "ChevronDown", "ChevronRight", "Money"]));
  expect(names.filter((n) => !PANE_ICON_NAMES.includes(n))).toEqual([]);
  // Fluent's own components' icons are there too (MessageBar, Dropdown, DatePicker, Dialog).
  expect(PANE_ICON_NAMES).toEqual(expect.arrayContaining(["Info", "ErrorBadge", "Warning", "Cancel", "Calendar"]));
  expect(PANE_ICON_NAMES.length).toBeLessThan(200);
});
