/** domain-activation-50k: planActivation over 50,000 segment lines and 10,000 companies (test/fixtures/activationScale.ts). */
import { planActivation } from "../../src/domain";
import { ACTIVATION_CAMPAIGN, activationScale } from "../../test/fixtures/activationScale";
import { measure, report } from "./benchKit";

test("domain-activation-50k", () => {
  const { input, expectedPuts } = activationScale(50_000, 10_000);
  const { result, stats } = measure(() => planActivation(ACTIVATION_CAMPAIGN, input, "en"), { warmup: 3, runs: 15 });
  expect(result.puts).toHaveLength(expectedPuts);
  report("domain-activation-50k", stats.p50Ms, { lines: 50_000, companies: 10_000, ...stats }, { maxMs: 150 });
});
