// Lint gate: type-aware-free rules, the layer table, the rooms of src/sync, the doors (index.ts) of every layer
// and room, and host globals kept to their layer (style-by-example habits 1–3). Cycles: .dependency-cruiser.cjs.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const never = (group, message) => ({ group, message, caseSensitive: true });
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns: patterns.flat(Infinity) }] });

/** src/** never imports dev/, test/ or bench/ (tests beside the code may use test/fixtures and test/builders). */
const notUp = [never(["**/dev/**", "**/test/**", "**/bench/**"], "src/** never imports dev/, test/ or bench/.")];
const notUpForTests = [
  never(
    // test/* (not test/**): gitignore-style patterns cannot re-include a file whose folder is already excluded.
    ["**/dev/**", "**/test/*", "!**/test/fixtures", "!**/test/builders", "**/bench/**"],
    "A test in src/ may import test/fixtures and test/builders, nothing else outside src.",
  ),
];

/**
 * Fluent components the pane does not import (SP50–SP54, docs/spec/speed-rules.md): each brings tens of kilobytes
 * (DetailsList, Dropdown with Panel, Dialog with Modal, BaseButton with ContextualMenu and Callout) into the task
 * pane's download; the pane's own components in src/taskpane/components stand in for them.
 */
const heavyFluent = {
  group: ["@fluentui/react"],
  importNames: [
    ...["DetailsList", "GroupedList", "List", "Selection", "Dropdown", "Checkbox", "Dialog", "Modal", "Panel"],
    ...["PrimaryButton", "DefaultButton", "IconButton", "ActionButton", "CommandButton", "CommandBarButton"],
    ...["MessageBar", "Pivot", "PivotItem", "ContextualMenu", "Callout", "TextField", "ChoiceGroup"],
  ],
  message:
    "Not in the task pane (SP50–SP54): use the pane's own Button, MessageBar, TabStrip, Select, CheckField, TextField, RadioGroup, ModalDialog or CampaignRows.",
};

/** Every layer is entered by its index.ts: an import may name the folder, never a file inside it. */
const LAYERS = ["domain", "sheets", "store", "workbook", "sync", "taskpane", "app", "commands"];
const doors = (except = []) =>
  LAYERS.filter((l) => !except.includes(l)).map((l) =>
    never([`**/${l}/*`, `!**/${l}/index`], `Import ${l} through its index.ts ("../${l}"), not a file inside it.`),
  );

/** Rooms of src/sync, top to bottom: a room imports only rooms below it, each through its index.ts. */
const ROOMS = ["engine", "planner", "operations", "reconcile", "entities"];
const BELOW = {
  engine: ["planner", "operations", "reconcile", "entities"],
  planner: ["operations", "reconcile", "entities"],
  operations: ["entities"],
  reconcile: ["entities"],
  entities: [],
};
const roomRules = (room) => [
  ...ROOMS.filter((r) => r !== room && !BELOW[room].includes(r)).map((r) =>
    never([`../${r}`, `../${r}/**`], `sync/${room} may import only ${BELOW[room].join(", ") || "no other room"}.`),
  ),
  ...BELOW[room].map((r) => never([`../${r}/*`, `!../${r}/index`], `Import sync/${r} through its index.ts.`)),
  never(["../index", "../../sync", "../../sync/**"], "Inside sync, import rooms directly, never sync's own door."),
];

const syncBase = [
  notUp,
  doors(["sync"]),
  never(["**/taskpane", "**/commands", "**/app"], "sync → domain, sheets, store, workbook only."),
  never(["dexie", "react", "@fluentui/*"], "sync imports no framework: Dexie is the store's."),
];

const pureGlobals = {
  "no-restricted-globals": ["error", "Office", "Excel", "indexedDB", "setTimeout", "fetch", "window", "document"],
  "no-restricted-properties": [
    "error",
    { object: "Date", property: "now", message: "Inject a clock." },
    { object: "performance", property: "now", message: "Inject a clock (Clock.monotonicMs)." },
    { object: "Math", property: "random", message: "Inject an id source." },
    { object: "crypto", property: "randomUUID", message: "Inject an id source." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Inject a clock." },
  ],
};

const config = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.cjs", "**/*.mjs", "webpack.config.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.ts"],
    rules: { "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["src/sync/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: { "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Office.js is named only in workbook/, the ribbon commands and the composition root.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbook/**", "src/commands/**", "src/app/**"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel"] },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      ...restrict(
        notUp,
        doors(["domain"]),
        never(
          ["**/sheets", "**/store", "**/workbook", "**/sync", "**/taskpane", "**/commands", "**/app"],
          "domain imports nothing of ours.",
        ),
        never(["dexie", "react", "react-dom", "@fluentui/*"], "domain imports no framework."),
      ),
      ...pureGlobals,
    },
  },
  {
    files: ["src/sheets/**/*.ts"],
    rules: restrict(
      notUp,
      doors(["sheets"]),
      never(
        ["**/store", "**/sync", "**/taskpane", "**/commands", "**/app"],
        "sheets → domain (+ workbook types) only.",
      ),
      never(["dexie", "react", "@fluentui/*"], "sheets imports no framework."),
    ),
  },
  {
    files: ["src/store/**/*.ts"],
    rules: restrict(
      notUp,
      doors(["store"]),
      never(["**/workbook", "**/sync", "**/taskpane", "**/commands", "**/app"], "store → domain, sheets only."),
      never(["react", "@fluentui/*"], "store imports no UI framework."),
    ),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: restrict(
      notUp,
      doors(["workbook"]),
      never(
        ["**/domain", "**/sheets", "**/store", "**/sync", "**/taskpane", "**/app"],
        "workbook knows only Office.js.",
      ),
      never(["dexie", "react", "@fluentui/*"], "workbook imports no framework."),
    ),
  },
  {
    files: ["src/sync/**/*.ts"],
    rules: { ...restrict(syncBase), ...pureGlobals },
  },
  ...ROOMS.map((room) => ({ files: [`src/sync/${room}/**/*.ts`], rules: restrict(syncBase, roomRules(room)) })),
  {
    // The engine never writes the store: its binding records and every unit of work go through the planner.
    files: ["src/sync/engine/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...pureGlobals["no-restricted-syntax"].slice(1),
        {
          selector:
            "CallExpression[callee.property.name=/^(commit|putBinding|putNumberSeries)$/][callee.object.name=/store/i]",
          message: "The engine never writes the store: go through the planner.",
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...restrict(
        notUp,
        doors(["taskpane"]),
        never(["**/store", "**/workbook", "**/app", "**/commands"], "taskpane → sync, sheets, domain only."),
        never(["dexie"], "Dexie only inside src/store."),
        heavyFluent,
      ),
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/commands/**/*.ts"],
    rules: restrict(
      notUp,
      doors(["commands"]),
      never(["**/taskpane", "**/app", "**/store"], "commands → sync, workbook only."),
    ),
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: restrict(notUp, doors(["app"])),
  },
  {
    // Code outside src enters each layer by its door too; white-box store and command tests may reach inside those.
    files: ["dev/**/*.{ts,tsx}", "test/**/*.ts", "bench/**/*.ts"],
    ignores: ["test/store/**"],
    rules: restrict(doors(["commands"])),
  },
  {
    files: ["test/store/**/*.ts"],
    rules: restrict(doors(["store", "commands"])),
  },
  {
    // Tests never read the wall clock (speed is measured in bench/) and stay repeatable. Last, so that for test
    // files this list replaces any earlier no-restricted-properties (such as pureGlobals') rather than losing to it.
    files: ["src/**/*.test.ts", "dev/**/*.test.ts", "test/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "No wall-clock time in tests: measure in bench/." },
        { object: "performance", property: "now", message: "No wall-clock time in tests: measure in bench/." },
        { object: "Math", property: "random", message: "Tests are repeatable: use a counter or fast-check." },
        { object: "crypto", property: "randomUUID", message: "Tests are repeatable: use a counter." },
      ],
    },
  },
);

/** The same rules for tests beside the code, except that they may import shared fixtures. */
const forTests = (block) => {
  const rule = block.rules?.["no-restricted-imports"];
  if (!block.files?.some((f) => f.startsWith("src/")) || !rule) return [block];
  const patterns = rule[1].patterns.map((p) => (p.message === notUp[0].message ? notUpForTests[0] : p));
  const tests = block.files.map((f) => f.replace(/\*\*\/\*\.\{?[a-z,]*\}?$|\*\*\/\*\.tsx?$/, "**/*.test.ts"));
  return [
    { ...block, ignores: [...(block.ignores ?? []), "src/**/*.test.ts"] },
    { files: tests, rules: { "no-restricted-imports": ["error", { patterns }] } },
  ];
};

export default config.flatMap(forTests);
