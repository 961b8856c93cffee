/**
 * Reference data the item, customer, price and discount rules look up (domain-rules.md §2: references resolve).
 * A subset of the store's ReferenceData, so the store can pass its own object. Keys are normalised codes.
 */
import type { IsoDate } from "./records";

/** Something codes can be looked up in: a Set, or a Map by key. */
export interface CodeLookup {
  has(code: string): boolean;
}

/** What the pricing validators may refer to; each validator takes only the part it reads (`Pick`). */
export interface PricingRefs {
  itemDiscGroups: ReadonlySet<string>;
  customerPriceGroups: ReadonlySet<string>;
  customerDiscGroups: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  items: ReadonlyMap<string, { baseUnitOfMeasure: string; salesUnitOfMeasure: string }>;
  /** Per item no., its unit codes with their quantity per unit. */
  itemUnits: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per item no., its variant codes. */
  itemVariants: ReadonlyMap<string, ReadonlySet<string>>;
  customers: ReadonlySet<string>;
  campaigns: ReadonlyMap<string, { startingDate: IsoDate; endingDate: IsoDate }>;
}
