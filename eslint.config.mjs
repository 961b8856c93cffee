// Lint gate: type-aware-free rules plus the layer table (style-by-example habit 2/3).
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const restrict = (patterns, extra = []) => ({
  "no-restricted-imports": ["error", { patterns: [...patterns, ...extra] }],
});
const never = (group, message) => ({ group, message });
const notUp = [never(["**/dev/**", "**/test/**", "**/bench/**"], "src/** never imports dev/, test/ or bench/.")];
const pureGlobals = {
  "no-restricted-globals": ["error", "Office", "Excel", "indexedDB", "setTimeout", "fetch", "window", "document"],
  "no-restricted-properties": [
    "error",
    { object: "Date", property: "now", message: "Inject a clock." },
    { object: "Math", property: "random", message: "Inject an id source." },
    { object: "crypto", property: "randomUUID", message: "Inject an id source." },
  ],
  "no-restricted-syntax": [
    "error",
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Inject a clock." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "**/*.cjs", "**/*.mjs", "webpack.config.js"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "react/no-danger": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.ts"],
    rules: { "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbook/**", "src/commands/**", "src/taskpane/main.tsx", "src/taskpane/officeHost.ts"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel"] },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      ...restrict([
        ...notUp,
        never(
          [
            "**/sheets/**",
            "**/store/**",
            "**/workbook/**",
            "**/sync/**",
            "**/taskpane/**",
            "**/commands/**",
            "dexie",
            "react",
            "react-dom",
            "@fluentui/*",
          ],
          "domain imports nothing of ours and no framework.",
        ),
      ]),
      ...pureGlobals,
    },
  },
  {
    files: ["src/sheets/**/*.ts"],
    rules: restrict([
      ...notUp,
      never(
        ["**/store/**", "**/sync/**", "**/taskpane/**", "**/commands/**", "dexie", "react", "@fluentui/*"],
        "sheets → domain (+ workbook types) only.",
      ),
    ]),
  },
  {
    files: ["src/store/**/*.ts"],
    rules: restrict([
      ...notUp,
      never(
        ["**/workbook/**", "**/sync/**", "**/taskpane/**", "**/commands/**", "react", "@fluentui/*"],
        "store → domain, sheets only.",
      ),
    ]),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: restrict([
      ...notUp,
      never(
        ["**/domain/**", "**/store/**", "**/sync/**", "**/taskpane/**", "dexie", "react", "@fluentui/*"],
        "workbook knows only Office.js.",
      ),
    ]),
  },
  {
    files: ["src/sync/**/*.ts"],
    rules: {
      ...restrict([
        ...notUp,
        never(
          ["**/taskpane/**", "**/commands/**", "dexie", "react", "@fluentui/*"],
          "sync → domain, sheets, store, workbook ports only.",
        ),
      ]),
      ...pureGlobals,
      "no-restricted-globals": ["error", "Office", "Excel", "indexedDB", "fetch", "document"],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...restrict([...notUp, never(["dexie"], "Dexie only inside src/store.")]),
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
);
