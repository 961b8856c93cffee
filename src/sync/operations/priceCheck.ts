/**
 * The price check in the planner: the price index and the lookups it needs are built once and kept until
 * the planner commits anything (every write of the pane goes through it), so a check costs well under 1 ms.
 */
import { buildPriceIndex, buildTargetGroupLookup, priceCheck } from "../../domain";
import type { PriceCheckContext, PriceCheckInput, PriceCheckResult, PriceIndex } from "../../domain";
import type { SyncStore } from "../../store";

export class PriceIndexCache {
  private built: Promise<{ index: PriceIndex; ctx: PriceCheckContext }> | null = null;

  clear(): void {
    this.built = null;
  }

  get(store: SyncStore): Promise<{ index: PriceIndex; ctx: PriceCheckContext }> {
    this.built ??= build(store);
    const built = this.built;
    built.catch(() => {
      if (this.built === built) this.built = null;
    });
    return built;
  }
}

async function build(store: SyncStore): Promise<{ index: PriceIndex; ctx: PriceCheckContext }> {
  const [prices, discounts, customers, items, currencies, targetGroups, refs] = await Promise.all([
    store.loadRows("salesPrice"),
    store.loadRows("salesLineDiscount"),
    store.loadRows("customer"),
    store.loadRows("item"),
    store.loadRows("currency"),
    store.loadTargetGroups(),
    store.loadReferenceData(),
  ]);
  return {
    index: buildPriceIndex(prices, discounts),
    ctx: {
      customers: new Map(customers.map((c) => [c.no, c])),
      items: new Map(items.map((i) => [i.no, i])),
      itemUnits: refs.itemUnits,
      currencies: new Map(currencies.map((c) => [c.code, c])),
      targetGroups: buildTargetGroupLookup(targetGroups),
      campaigns: refs.campaigns,
      contacts: refs.contacts,
      customerByContact: refs.customerByContact,
    },
  };
}

export async function checkPrice(
  store: SyncStore,
  cache: PriceIndexCache,
  input: PriceCheckInput,
): Promise<PriceCheckResult> {
  const { index, ctx } = await cache.get(store);
  return priceCheck(index, input, ctx);
}
