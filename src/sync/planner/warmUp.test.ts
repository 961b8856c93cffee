/** The plan worker's first reads (rule SP34). */
import type { EntityKind } from "../../domain";
import { warmUp } from "./warmUp";

describe("the plan worker's first reads", () => {
  it("[SP34] read the price and discount lines into the line cache at once, waiting for nothing, failing quietly", async () => {
    const counted: EntityKind[] = [];
    const store = {
      countRows: (entity: EntityKind) => {
        counted.push(entity);
        return Promise.reject(new Error("closed"));
      },
    };
    expect(warmUp(store)).toBe(store);
    expect(counted.sort()).toEqual(["salesLineDiscount", "salesPrice"]);
    await Promise.resolve(); // the failures are caught: no unhandled rejection fails the test run
  });
});
