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
  // One active entry per opportunity: the latest, should a merge leave two until the person resolves it (OP14).
  const latest = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    const known = latest.get(e.opportunityNo);
    if (e.active && (!known || known.entryNo < e.entryNo)) latest.set(e.opportunityNo, e);
  }
  return campaignStatistics(
    statisticsIndex(interactions, [...latest.values()]),
    campaignNo.trim().toUpperCase(),
    range,
  );
}
