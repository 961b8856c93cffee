/** Jest runs TypeScript through swc (transpile only); `npm run typecheck` does the type check once. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
  },
];
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/dev/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  setupFiles: ["<rootDir>/test/setup/jestSetup.cjs"],
  // A loaded 2-core machine runs engine scenarios (and their beforeEach set-ups) many times slower than an idle
  // one: no test or hook may fail on time. Speed is measured in bench/, never here.
  testTimeout: 60_000,
  // Engine scenarios leave fake IndexedDB databases and simulated workbooks behind in their worker; a worker that has
  // grown past this after a test file is replaced, so the whole suite never runs out of heap on one worker.
  workerIdleMemoryLimit: "1500MB",
};
