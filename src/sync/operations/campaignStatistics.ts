/**
 * A campaign's statistics from the store (CS1–CS5): its interactions as stored, grouped once per request. Opportunity
 * entries join them once opportunities are stored (issue #17 item 1); until then the opportunity figures are 0.
 */
import { campaignStatistics, statisticsIndex } from "../../domain";
import type { CampaignStatistics, IsoDate } from "../../domain";
import type { SyncStore } from "../../store";

export async function statisticsOf(
  store: SyncStore,
  campaignNo: string,
  range: { from?: IsoDate; to?: IsoDate },
): Promise<CampaignStatistics> {
  const interactions = await store.loadRows("interactionLogEntry");
  return campaignStatistics(statisticsIndex(interactions, []), campaignNo.trim().toUpperCase(), range);
}
