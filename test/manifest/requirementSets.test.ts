/**
 * Requirement sets (issue #9, item 7): the floor is the highest ExcelApi set src/workbook uses unconditionally, found
 * here with the TypeScript checker (every Excel member the code touches, with the `[Api set: ExcelApi x]` that
 * @types/office-js gives it, as on https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets);
 * the manifest, src/workbook/README.md, `EXCEL_API_FLOOR` and preflight.js agree with it, and the optional sets are
 * used only after isSetSupported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { EXCEL_API_FLOOR } from "../../src/workbook";
import { descend, parseXml } from "./xmlTree";
import { ROOT_DIR, manifestXml } from "./manifestFiles";

const WORKBOOK = join(ROOT_DIR, "src", "workbook");
const readme = readFileSync(join(WORKBOOK, "README.md"), "utf8");

const version = (v: string) => v.split(".").map(Number) as [number, number];
const compare = (a: string, b: string) => version(a)[0] - version(b)[0] || version(a)[1] - version(b)[1];

interface Use {
  set: string | null;
  files: Set<string>;
}

/** Excel members ("Owner.member") the adapter's code uses, with their ExcelApi set. */
function excelMembersUsed(): { used: Map<string, Use>; program: ts.Program } {
  const files = readdirSync(WORKBOOK)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(WORKBOOK, f));
  const config = ts.readConfigFile(join(ROOT_DIR, "tsconfig.json"), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT_DIR).options;
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const used = new Map<string, Use>();
  for (const source of program.getSourceFiles().filter((s) => files.includes(s.fileName))) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        const owner = declaration?.parent;
        if (declaration && owner && excelOwner(owner)) {
          const key = `${excelOwner(owner)}.${node.name.text}`;
          const use = used.get(key) ?? { set: apiSet(declaration), files: new Set<string>() };
          use.files.add(source.fileName.slice(WORKBOOK.length + 1));
          used.set(key, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used, program };
}

/** The class or interface name when `node` is one declared in namespace Excel of @types/office-js. */
function excelOwner(node: ts.Node): string | null {
  if (!(ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) || !node.name) return null;
  if (!node.getSourceFile().fileName.includes("@types/office-js")) return null;
  let namespace: ts.Node | undefined = node.parent;
  while (namespace && !ts.isModuleDeclaration(namespace)) namespace = namespace.parent;
  return namespace && ts.isModuleDeclaration(namespace) && namespace.name.text === "Excel" ? node.name.text : null;
}

function apiSet(declaration: ts.Node): string | null {
  return /\[Api set: ExcelApi (\d+\.\d+)/.exec(declaration.getFullText())?.[1] ?? null;
}

/** Rows of a README table whose first cell matches `first`: first cell → the `Owner.member` names in the row. */
function tableRows(first: RegExp): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const head = cells[1] ?? "";
    if (!first.test(head)) continue;
    rows.set(
      head,
      [...line.matchAll(/`([A-Z]\w+\.\w+)`/g)].map((m) => m[1] ?? ""),
    );
  }
  return rows;
}

const OPTIONAL: Record<string, { set: string; file: string; constant: string }> = {
  "Table.resize": { set: "1.13", file: "growthFallback.ts", constant: "RESIZE_SET" },
  "RunOptions.mergeUndoGroup": { set: "1.20", file: "cellWriter.ts", constant: "UNDO_GROUP_SET" },
};

describe("ExcelApi requirement sets", () => {
  const { used, program } = excelMembersUsed();
  const unconditional = [...used].filter(([name, use]) => !(name in OPTIONAL) && use.set !== null);
  const floor =
    unconditional
      .map(([, use]) => use.set as string)
      .sort(compare)
      .at(-1) ?? "1.1";

  test("[XL16] the checker sees the adapter's Excel calls", () => {
    expect(used.get("Runtime.enableEvents")?.set).toBe("1.8");
    expect(used.get("Worksheet.onChanged")?.set).toBe("1.7");
    expect(used.size).toBeGreaterThan(40);
  });

  test("[XL16] the floor — the highest set used unconditionally — is the manifest's MinVersion and EXCEL_API_FLOOR", () => {
    const min = descend(parseXml(manifestXml), "Requirements", "Sets", "Set")?.attrs.MinVersion;
    expect({ floor, manifest: min, constant: EXCEL_API_FLOOR }).toEqual({ floor, manifest: floor, constant: floor });
    expect(readme).toContain(`**Floor: ExcelApi ${floor}**`);
  });

  test("[XL16] the manifest's comment names the same floor", () => {
    const comment = /<!--((?:(?!-->)[\s\S])*)-->\s*<Requirements>/.exec(manifestXml)?.[1] ?? "";
    expect(comment).toContain(`ExcelApi ${floor} is the floor`);
  });

  test("[XL16] preflight.js checks the same floor before the bundle starts", () => {
    const preflight = readFileSync(join(ROOT_DIR, "src", "app", "preflight.js"), "utf8");
    expect(/var EXCEL_API_FLOOR = "([\d.]+)";/.exec(preflight)?.[1]).toBe(floor);
  });

  test("[XL16] src/workbook/README.md lists every member above 1.4 under its set, and only those", () => {
    const listed = tableRows(/^1\.\d+$/);
    const wrong = [...listed].flatMap(([set, names]) =>
      names
        .filter((n) => used.get(n)?.set !== set)
        .map((n) => `${n}: README ${set}, code ${used.get(n)?.set ?? "unused"}`),
    );
    const missing = unconditional
      .filter(([name, use]) => compare(use.set as string, "1.4") > 0 && !listed.get(use.set as string)?.includes(name))
      .map(([name, use]) => `${name} (${use.set})`);
    expect({ wrong, missing }).toEqual({ wrong: [], missing: [] });
  });

  test("[XL16] optional sets: listed in the README, as @types/office-js gives them, used only after isSetSupported", () => {
    // RunOptions is built as an object literal (not a property access), so its set is read from the declaration.
    const typesFile = program.getSourceFiles().find((s) => s.fileName.includes("@types/office-js/index.d.ts"));
    const text = typesFile?.getFullText() ?? "";
    const mergeDoc = /\[Api set: ExcelApi ([\d.]+)\]\s*\*\/\s*mergeUndoGroup\?: boolean;/.exec(text)?.[1];
    const optionalRows = tableRows(/^ExcelApi \d+\.\d+$/);
    const constants = readFileSync(join(WORKBOOK, "requirementSets.ts"), "utf8");
    for (const [name, { set, file, constant }] of Object.entries(OPTIONAL)) {
      const declared = name === "RunOptions.mergeUndoGroup" ? mergeDoc : used.get(name)?.set;
      const source = readFileSync(join(WORKBOOK, file), "utf8");
      expect({ name, declared, readme: optionalRows.get(`ExcelApi ${set}`) }).toEqual({
        name,
        declared: set,
        readme: [name],
      });
      expect(constants).toContain(`export const ${constant} = "${set}";`);
      expect(source).toMatch(new RegExp(`isSetSupported\\("ExcelApi", ${constant}\\)`));
    }
  });
});
