/**
 * `npm run bench:domain` (and `npm run bench`): the jest-run benchmarks in bench/domain. Same transform and setup
 * (fake-indexeddb) as the unit suite; one worker so runs do not compete; each prints `BENCH {json}` lines.
 */
const unit = require("./jest.config.cjs");

module.exports = {
  testEnvironment: "node",
  transform: unit.transform,
  testMatch: ["<rootDir>/bench/domain/**/*.bench.ts"],
  setupFiles: ["<rootDir>/test/setup/jestSetup.cjs"],
  testTimeout: 600000,
  maxWorkers: 1,
};
