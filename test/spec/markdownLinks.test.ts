/**
 * Links in the project's Markdown stay inside the repository (issue #9, item 10: src/workbook/README.md pointed at a
 * folder beside the repository, which a clone does not have): every relative link resolves to a file or folder of
 * the repository, and no text names a path on the machine it was written on.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..", "..");
const markdown = execFileSync("git", ["ls-files", "*.md"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => f !== "" && existsSync(join(ROOT, f)));
const untracked = execFileSync("git", ["ls-files", "--others", "--exclude-standard", "*.md"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f !== "");
const files = [...new Set([...markdown, ...untracked])];

/** Targets of Markdown links `[text](target)`, without anchors; external and mail links left out. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] ?? "").split("#")[0] ?? "")
    .filter((t) => t !== "" && !/^[a-z]+:/i.test(t));
}

/** Relative paths written as code (`../x/y.md`). */
function codePaths(text: string): string[] {
  return [...text.matchAll(/`(\.\.?\/[^`\s]+)`/g)].map((m) => m[1] ?? "");
}

/**
 * Pages a reader of a clone must be able to follow to the end: their paths written as code resolve too. (docs/spec
 * names the shared domain rules kept beside the project on purpose, and says so.)
 */
const SELF_CONTAINED = [
  "README.md",
  "src/workbook/README.md",
  "dev/excel-sim/README.md",
  "docs/excel-checklist.md",
  "docs/spec/excel-rules.md",
];

function outside(file: string, targets: string[]): string[] {
  return targets.flatMap((target) => {
    const path = resolve(dirname(join(ROOT, file)), target);
    const inside = !relative(ROOT, path).startsWith("..");
    return inside && existsSync(path) ? [] : [`${file} → ${target}`];
  });
}

describe("Markdown links", () => {
  test("the scan sees the READMEs", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "src/workbook/README.md", "dev/excel-sim/README.md"]));
  });

  test("[XL15] every relative link resolves inside the repository", () => {
    const broken = files.flatMap((file) => outside(file, relativeLinks(readFileSync(join(ROOT, file), "utf8"))));
    expect(broken).toEqual([]);
  });

  test("[XL15] the READMEs a clone's reader follows name no path outside the repository, even as code", () => {
    const broken = SELF_CONTAINED.flatMap((file) => outside(file, codePaths(readFileSync(join(ROOT, file), "utf8"))));
    expect(broken).toEqual([]);
  });

  test("[XL15] no Markdown names a path on the machine it was written on", () => {
    const local = files.filter((file) =>
      /(^|[\s`(])\/(work|home|tmp|Users)\//.test(readFileSync(join(ROOT, file), "utf8")),
    );
    expect(local).toEqual([]);
  });
});
