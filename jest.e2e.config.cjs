/** Browser tests: Playwright (playwright-core) drives Debian's Chromium against the built dev host. */
const base = require("./jest.config.cjs");
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  setupFiles: [],
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.cjs",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.cjs",
  testTimeout: 180000,
  maxWorkers: 1,
};
