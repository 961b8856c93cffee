/** What validation may look up, read in one read transaction so every lookup sees the same moment. */
import type { CampaignDeskDb } from "./db";
import type { ReferenceData } from "./types";

export function loadReferenceData(db: CampaignDeskDb): Promise<ReferenceData> {
  const tables = [
    db.campaignStatus,
    db.salesperson,
    db.itemDiscountGroup,
    db.customerPriceGroup,
    db.customerDiscountGroup,
    db.currency,
    db.item,
    db.itemUnitOfMeasure,
    db.itemVariant,
    db.customer,
    db.campaign,
  ];
  return db.transaction("r", tables, async () => {
    const [statusCodes, people, itemDiscGroups, priceGroups, discGroups, currencies, items, units, variants] =
      await Promise.all([
        db.campaignStatus.toCollection().primaryKeys(),
        db.salesperson.toArray(),
        db.itemDiscountGroup.toCollection().primaryKeys(),
        db.customerPriceGroup.toCollection().primaryKeys(),
        db.customerDiscountGroup.toCollection().primaryKeys(),
        db.currency.toCollection().primaryKeys(),
        db.item.toArray(),
        db.itemUnitOfMeasure.toArray(),
        db.itemVariant.toArray(),
      ]);
    const [customers, campaigns] = await Promise.all([db.customer.toCollection().primaryKeys(), db.campaign.toArray()]);

    const itemUnits = new Map<string, Map<string, number>>();
    for (const u of units) groupOf(itemUnits, u.itemNo, () => new Map()).set(u.code, u.qtyPerUnitOfMeasure);
    const itemVariants = new Map<string, Set<string>>();
    for (const v of variants) groupOf(itemVariants, v.itemNo, () => new Set()).add(v.code);

    return {
      statusCodes: new Set(statusCodes),
      salespeople: new Map(people.map((p) => [p.code, { blocked: p.blocked }])),
      itemDiscGroups: new Set(itemDiscGroups),
      customerPriceGroups: new Set(priceGroups),
      customerDiscGroups: new Set(discGroups),
      currencies: new Set(currencies),
      items: new Map(
        items.map((i) => [i.no, { baseUnitOfMeasure: i.baseUnitOfMeasure, salesUnitOfMeasure: i.salesUnitOfMeasure }]),
      ),
      itemUnits,
      itemVariants,
      customers: new Set(customers),
      campaigns: new Map(campaigns.map((c) => [c.no, { startingDate: c.startingDate, endingDate: c.endingDate }])),
    };
  });
}

function groupOf<V>(map: Map<string, V>, key: string, make: () => V): V {
  let group = map.get(key);
  if (group === undefined) {
    group = make();
    map.set(key, group);
  }
  return group;
}

/** Reference data with nothing in it, with chosen parts filled in (tests, and a store with no setup yet). */
export function emptyReferenceData(parts: Partial<ReferenceData> = {}): ReferenceData {
  return {
    statusCodes: new Set(),
    salespeople: new Map(),
    itemDiscGroups: new Set(),
    customerPriceGroups: new Set(),
    customerDiscGroups: new Set(),
    currencies: new Set(),
    items: new Map(),
    itemUnits: new Map(),
    itemVariants: new Map(),
    customers: new Set(),
    campaigns: new Map(),
    ...parts,
  };
}
