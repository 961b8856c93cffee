/**
 * A campaign's statistics from the store (CS1–CS5): its interactions and the active opportunity entries as stored
 * (entries carry their opportunity's campaign, OP13), grouped once per request.
 */
import { campaignStatistics, statisticsIndex } from "../../domain";
import type { CampaignStatistics, IsoDate } from "../../domain";
import type { SyncStore } from "../../store";

export async function statisticsOf(
  store: SyncStore,
  campaignNo: string,
  range: { from?: IsoDate; to?: IsoDate },
): Promise<CampaignStatistics> {
  const [interactions, entries] = await Promise.all([
    store.loadRows("interactionLogEntry"),
    store.loadRows("opportunityEntry"),
  ]);
  const active = entries.filter((e) => e.active);
  return campaignStatistics(statisticsIndex(interactions, active), campaignNo.trim().toUpperCase(), range);
}
