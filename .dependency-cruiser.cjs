/**
 * Import cycles, type-only imports included, are errors anywhere in src/ (issue #8). The layer and room
 * tables live in eslint.config.mjs; this file holds only what ESLint cannot see: the whole import graph.
 * The simulator's proxy family in dev/excel-sim/api is one knot by design and is not cruised here.
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "An import cycle (type-only imports count: they couple the files as much for a reader).",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$" },
  },
};
