/**
 * The rule ids that tests cite are defined (issue #8, item 6). A test cites ids in square brackets at the start
 * of its title ("[E1] typing one row …", "[§3, bc-reference §1.4] …"); docs/spec/*.md defines each id on a line
 * `- **E1** — <the rule>.`. Titles are read with TypeScript's parser, only from the first argument of test, it
 * and describe calls (with .each, .only, .skip…), so brackets in code (`rows[0]`, `"[Red]0.00%"`) never count.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const TEST_DIRS = ["src", "dev", "test"];
const SPEC_DIR = join(ROOT, "docs", "spec");
const TEST_FILE = /\.test\.tsx?$/;

/** Where an id is cited or defined: a path relative to the project and a 1-based line. */
interface Place {
  file: string;
  line: number;
}

const TEST_FUNCTIONS = new Set(["test", "it", "describe", "xtest", "xit", "xdescribe", "fit", "fdescribe"]);
const MODIFIERS = new Set(["only", "skip", "concurrent", "todo", "failing", "each"]);

/** `test.skip.each` → ["test", "skip", "each"]; a callee that is not a test function → null. */
function testChain(e: ts.Expression): string[] | null {
  if (ts.isIdentifier(e)) return TEST_FUNCTIONS.has(e.text) ? [e.text] : null;
  if (ts.isPropertyAccessExpression(e) && MODIFIERS.has(e.name.text)) {
    const head = testChain(e.expression);
    return head && [...head, e.name.text];
  }
  return null;
}

/** Whether a call's first argument is a title: `test("…")`, `it.only("…")`, `test.each(rows)("…")`, `describe.each`…`("…")`. */
function takesTitle(callee: ts.Expression): boolean {
  const direct = testChain(callee);
  if (direct) return direct.at(-1) !== "each"; // test.each(rows): the argument is the table
  const inner = ts.isCallExpression(callee)
    ? callee.expression
    : ts.isTaggedTemplateExpression(callee)
      ? callee.tag
      : null;
  return inner !== null && testChain(inner)?.at(-1) === "each";
}

/** The text a title starts with: a string, a template's text before its first `${}`, the left end of a `+`. */
function leadingText(e: ts.Expression): string | null {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.head.text;
  if (ts.isParenthesizedExpression(e)) return leadingText(e.expression);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return leadingText(e.left);
  return null;
}

/**
 * The ids a title cites: every bracket at its start (`[S3][S4] …`), each split at commas (`[§4, bc-reference
 * §6.3]`). A token with `%` is a printf placeholder of `.each`, not an id.
 */
function idsInTitle(title: string): string[] {
  const lead = /^\s*((?:\[[^\]\n]*\]\s*)+)/.exec(title)?.[1] ?? "";
  return [...lead.matchAll(/\[([^\]\n]*)\]/g)]
    .flatMap((m) => (m[1] ?? "").split(","))
    .map((id) => id.trim())
    .filter((id) => id !== "" && !id.includes("%"));
}

/** Every id cited by a test title in one source text, with its line. */
function citedIds(source: string, fileName = "sample.test.ts"): { id: string; line: number }[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const found: { id: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && takesTitle(node.expression)) {
      const first = node.arguments[0];
      const title = first && leadingText(first);
      if (first && title) {
        const line = file.getLineAndCharacterOfPosition(first.getStart(file)).line + 1;
        for (const id of idsInTitle(title)) found.push({ id, line });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every id a spec text defines: a line starting with `- **ID**`. */
function definedIds(markdown: string): { id: string; line: number }[] {
  return markdown.split(/\r?\n/).flatMap((text, i) => {
    const id = /^- \*\*(.+?)\*\*/.exec(text)?.[1]?.trim();
    return id ? [{ id, line: i + 1 }] : [];
  });
}

function testFiles(): string[] {
  return TEST_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => TEST_FILE.test(f) && !f.split(/[\\/]/).includes("node_modules"))
      .map((f) => join(ROOT, dir, f)),
  ).sort();
}

function specFiles(): string[] {
  return readdirSync(SPEC_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(SPEC_DIR, f));
}

/** id → the places that cite (or define) it. */
function collect(files: string[], read: (text: string, file: string) => { id: string; line: number }[]) {
  const byId = new Map<string, Place[]>();
  for (const path of files) {
    const file = relative(ROOT, path).split("\\").join("/");
    for (const { id, line } of read(readFileSync(path, "utf8"), path)) {
      byId.set(id, [...(byId.get(id) ?? []), { file, line }]);
    }
  }
  return byId;
}

const where = (places: Place[]) => places.map((p) => `${p.file}:${p.line}`).join(", ");

describe("rule-id extraction", () => {
  test("finds ids only at the start of test, it and describe titles, never in code", () => {
    const sample = [
      "const first = rows[0];",
      'expect(format("[Red]0.00%")).toBe(rows["[Z9]"]);',
      'test("[E1] typing one row stores it", () => {});',
      "it('[P11] cancelling stores nothing', () => {});",
      "describe(`[S3][S4] sheet and activation ${1}`, () => {});",
      'describe("[§4, bc-reference §6.3] one row per company", () => {});',
      'test.each([[1], [2]])("[RP4] row %s", () => {});',
      "test.concurrent.each`a ${1}`('[ST2] swap', () => {});",
      'test.skip("[E9]" + " broken", () => {});',
      'test.each([["[Q1]"]])("%s is not an id", () => {});',
      'test("a title with [X1] inside cites nothing", () => {});',
      'notATest("[Q2] not a test", () => {});',
      "test(`[${id}] built at run time`, () => {});",
    ].join("\n");
    expect(citedIds(sample)).toEqual([
      { id: "E1", line: 3 },
      { id: "P11", line: 4 },
      { id: "S3", line: 5 },
      { id: "S4", line: 5 },
      { id: "§4", line: 6 },
      { id: "bc-reference §6.3", line: 6 },
      { id: "RP4", line: 7 },
      { id: "ST2", line: 8 },
      { id: "E9", line: 9 },
    ]);
    expect(idsInTitle("[P%d] row")).toEqual([]);
  });

  test("finds definitions only on lines starting with - **ID**", () => {
    const md = ["# E — engine", "", "- **E1** — a rule.", "  - **E2** — indented: not a definition.", "- E3 plain"];
    expect(definedIds(md.join("\n"))).toEqual([{ id: "E1", line: 3 }]);
  });
});

describe("rule ids in test titles and docs/spec", () => {
  const files = testFiles();
  const cited = collect(files, citedIds);
  const defined = collect(specFiles(), definedIds);

  test("the scan sees the project's tests and their ids", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(cited.size).toBeGreaterThan(0);
    expect(defined.size).toBeGreaterThan(0);
  });

  test("every id a test title cites is defined in docs/spec", () => {
    const undefinedIds = [...cited]
      .filter(([id]) => !defined.has(id))
      .map(([id, places]) => `${id} — cited by ${where(places)}`);
    expect(undefinedIds).toEqual([]);
  });

  test("every id docs/spec defines is cited by at least one test title", () => {
    const uncited = [...defined]
      .filter(([id]) => !cited.has(id))
      .map(([id, places]) => `${id} — defined at ${where(places)}, cited by no test`);
    expect(uncited).toEqual([]);
  });

  test("each id is defined once", () => {
    const twice = [...defined].filter(([, places]) => places.length > 1).map(([id, p]) => `${id} — ${where(p)}`);
    expect(twice).toEqual([]);
  });
});
