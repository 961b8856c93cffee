import type { EntityKind } from "../domain";
import { ENTITY_ORDER } from "../sync";
import { bindInOrder, unboundSetupKinds } from "./bindSetupSheets";
import { binding } from "./paneTestKit";

describe("create all setup sheets", () => {
  test("with nothing bound, every setup kind in ENTITY_ORDER order", () => {
    const kinds = unboundSetupKinds(ENTITY_ORDER, []);
    const notSetup = [
      "salesPrice",
      "salesLineDiscount",
      "segmentLine",
      "interactionLogEntry",
      "campaignEntry",
      "loggedSegment",
      "opportunity",
      "opportunityEntry",
      "task",
    ];
    expect(kinds).toEqual(ENTITY_ORDER.filter((e) => !notSetup.includes(e)));
  });

  test("kinds with a general sheet are skipped; a campaign's own sheet does not count", () => {
    const bound = [
      binding({ id: "a", entity: "item" }),
      binding({ id: "b", entity: "campaign" }),
      binding({ id: "c", entity: "customer", scope: { campaignNo: "CP1" } }),
    ];
    const kinds = unboundSetupKinds(ENTITY_ORDER, bound);
    expect(kinds).not.toContain("item");
    expect(kinds).not.toContain("campaign");
    expect(kinds).toContain("customer");
    expect(kinds.length).toBe(unboundSetupKinds(ENTITY_ORDER, []).length - 2);
  });

  test("the order given is kept", () => {
    const reversed = [...ENTITY_ORDER].reverse();
    expect(unboundSetupKinds(reversed, [])).toEqual(unboundSetupKinds(ENTITY_ORDER, []).reverse());
  });
});

describe("binding the setup sheets", () => {
  test("each bind starts only after the previous one has finished", async () => {
    const log: string[] = [];
    let release: (() => void) | null = null;
    const engine = {
      bind: (entity: EntityKind) => {
        log.push(`start ${entity}`);
        return new Promise<void>((resolve) => {
          release = () => {
            log.push(`end ${entity}`);
            resolve();
          };
        });
      },
    };
    const done = bindInOrder(engine, ["campaignStatus", "item", "itemVariant"]);
    for (let k = 0; k < 3; k++) {
      await new Promise((resolve) => setImmediate(resolve)); // let bindInOrder run as far as it can
      const pending = release as (() => void) | null;
      release = null;
      pending?.();
    }
    await done;
    expect(log).toEqual([
      "start campaignStatus",
      "end campaignStatus",
      "start item",
      "end item",
      "start itemVariant",
      "end itemVariant",
    ]);
  });

  test("a failing bind stops the rest", async () => {
    const started: EntityKind[] = [];
    const engine = {
      bind: async (entity: EntityKind) => {
        started.push(entity);
        if (entity === "item") throw new Error("no room");
      },
    };
    await expect(bindInOrder(engine, ["campaignStatus", "item", "itemVariant"])).rejects.toThrow("no room");
    expect(started).toEqual(["campaignStatus", "item"]);
  });

  test("each step is announced before its bind", async () => {
    const log: string[] = [];
    const engine = { bind: async (e: EntityKind) => void log.push(`bind ${e}`) };
    await bindInOrder(engine, ["currency", "customer"], (e) => log.push(`step ${e}`));
    expect(log).toEqual(["step currency", "bind currency", "step customer", "bind customer"]);
  });
});

test("[PN8] each kind is reported bound only after its bind finished, in order", async () => {
  const bound: EntityKind[] = [];
  const engine = { bind: async () => undefined };
  await bindInOrder(
    engine,
    ["campaignStatus", "salesperson"],
    () => undefined,
    (e) => bound.push(e),
  );
  expect(bound).toEqual(["campaignStatus", "salesperson"]);
  const failing = { bind: async (e: EntityKind) => (e === "salesperson" ? Promise.reject(new Error("x")) : undefined) };
  const partial: EntityKind[] = [];
  await expect(
    bindInOrder(
      failing,
      ["campaignStatus", "salesperson", "item"],
      () => undefined,
      (e) => partial.push(e),
    ),
  ).rejects.toThrow("x");
  expect(partial).toEqual(["campaignStatus"]);
});
