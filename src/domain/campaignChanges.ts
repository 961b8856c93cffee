/** Campaign modification bookkeeping (domain-rules.md §3: lastDateModified is set by the domain on every change). */
import type { Campaign, IsoDate } from "./records";

/** A copy of the campaign stamped with `today` as lastDateModified (BC: Last Date Modified := TODAY on modify). */
export function touchCampaign(c: Campaign, today: IsoDate): Campaign {
  return { ...c, lastDateModified: today };
}

/**
 * Equal in every field except lastDateModified, so re-reading an unchanged row does not count as a change.
 * Compares all own keys, so fields added to Campaign later are covered without touching this function.
 */
export function campaignContentEquals(a: Campaign, b: Campaign): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete("lastDateModified");
  for (const key of keys) {
    if ((a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}
