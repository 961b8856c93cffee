/**
 * domain-rules.md §9: a campaign whose segments hold 50,000 lines. Checks that planActivation maps them to exactly
 * one row per targeted company that has none yet, customers where the company has one. Its speed is measured in
 * bench/domain/activation.bench.ts, not here.
 */
import { ACTIVATION_CAMPAIGN, activationScale } from "../../test/fixtures/activationScale";
import { planActivation } from "./activation";

test("planActivation maps 50,000 segment lines to one new row per company (customer where there is one)", () => {
  const { input, expectedPuts, expectedCustomerPuts } = activationScale();
  const plan = planActivation(ACTIVATION_CAMPAIGN, input, "en");

  expect(plan.puts).toHaveLength(expectedPuts);
  expect(plan.puts.filter((r) => r.type === "Customer")).toHaveLength(expectedCustomerPuts);
  expect(new Set(plan.puts.map((r) => `${r.type}:${r.no}`)).size).toBe(plan.puts.length);
}, 120_000);
