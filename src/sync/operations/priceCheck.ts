/**
 * The price check in the planner: the price index and the lookups it needs are built once and kept until
 * the planner commits anything (every write of the pane goes through it), so a check costs well under 1 ms.
 */
import { buildPriceIndex, buildTargetGroupLookup, campaignMisses, missKey, priceCheck } from "../../domain";
import type {
  CampaignMissContext,
  PriceCheckContext,
  PriceCheckInput,
  PriceCheckResult,
  PriceIndex,
} from "../../domain";
import type { SyncStore } from "../../store";

interface Built {
  index: PriceIndex;
  ctx: PriceCheckContext;
  miss: CampaignMissContext;
}

export class PriceIndexCache {
  private built: Promise<Built> | null = null;

  clear(): void {
    this.built = null;
  }

  get(store: SyncStore): Promise<Built> {
    this.built ??= build(store);
    const built = this.built;
    built.catch(() => {
      if (this.built === built) this.built = null;
    });
    return built;
  }
}

async function build(store: SyncStore): Promise<Built> {
  const [prices, discounts, customers, items, currencies, targetGroups, refs, lines] = await Promise.all([
    store.loadRows("salesPrice"),
    store.loadRows("salesLineDiscount"),
    store.loadRows("customer"),
    store.loadRows("item"),
    store.loadRows("currency"),
    store.loadTargetGroups(),
    store.loadReferenceData(),
    store.loadRows("segmentLine"),
  ]);
  const targeted = lines.filter((l) => l.campaignTarget && l.campaignNo !== "");
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
    miss: {
      activated: refs.activatedCampaigns,
      targetedCompanies: new Set(targeted.map((l) => missKey(l.campaignNo, l.contactCompanyNo || l.contactNo))),
    },
  };
}

export async function checkPrice(
  store: SyncStore,
  cache: PriceIndexCache,
  input: PriceCheckInput,
): Promise<PriceCheckResult> {
  const { index, ctx, miss } = await cache.get(store);
  const result = priceCheck(index, input, ctx);
  return { ...result, misses: campaignMisses(index, input, ctx, result, miss) };
}
