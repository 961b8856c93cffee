/**
 * Which campaign entry an interaction belongs to (bc-reference §3.2, SegManagement.GetCampaignEntryNo): an entry
 * of the same campaign and segment no. is reused; otherwise a new one is made. Deviation (domain-rules §6): a
 * canceled entry is never reused, so new interactions never land in a canceled entry.
 */
import { normalizeCode } from "./codes";
import type { CampaignEntry } from "./records";

const entryKey = (campaignNo: string, segmentNo: string): string =>
  `${normalizeCode(campaignNo)}\u0000${normalizeCode(segmentNo)}`;

/** The entries that can still be reused, by (campaign no., segment no.); the lowest entry no. wins. */
export function reusableEntries(entries: readonly CampaignEntry[]): Map<string, CampaignEntry> {
  const byKey = new Map<string, CampaignEntry>();
  for (const entry of entries) {
    if (entry.canceled) continue;
    const key = entryKey(entry.campaignNo, entry.segmentNo);
    const held = byKey.get(key);
    if (held === undefined || entry.entryNo < held.entryNo) byKey.set(key, entry);
  }
  return byKey;
}

/** The reusable entry of a campaign and segment no. ("" for single interactions), if any. */
export function reusableEntry(
  reusable: ReadonlyMap<string, CampaignEntry>,
  campaignNo: string,
  segmentNo: string,
): CampaignEntry | undefined {
  return reusable.get(entryKey(campaignNo, segmentNo));
}

/** Remembers a new entry as reusable for later interactions of the same batch. */
export function rememberEntry(reusable: Map<string, CampaignEntry>, entry: CampaignEntry): void {
  reusable.set(entryKey(entry.campaignNo, entry.segmentNo), entry);
}
