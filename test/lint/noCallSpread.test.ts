/**
 * No spread of an array into a call (F2): `push(...rows)`, `Math.max(...widths)`, `splice(at, 0, ...fresh)` put
 * every element on the stack, and 130,000 of them overflow it. src/ and dev/excel-sim/ (tests aside) spread into no
 * call or `new` at all; an object or array literal's spread is fine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
const DIRS = ["src", "dev/excel-sim"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every `f(...xs)` and `new F(...xs)` in a source text, as `file:line`. */
function callSpreads(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("[F2] no spread of an array into a call", () => {
  test("the check finds a spread into push, Math.max and new, and none in literals", () => {
    const sample = "a.push(...b);\nMath.max(0, ...c);\nnew Set(...d);\nconst e = [...b, { ...f }];\n";
    expect(callSpreads("sample.ts", sample)).toEqual(["sample.ts:1", "sample.ts:2", "sample.ts:3"]);
  });

  test("src/ and dev/excel-sim/ have none", () => {
    const found = DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).flatMap((path) =>
      callSpreads(relative(ROOT, path), readFileSync(path, "utf8")),
    );
    expect(found).toEqual([]);
  });
});
