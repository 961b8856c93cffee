/**
 * Activation marks that arrive from the workbook (a copy opened on a new store, a co-author, a merged copy):
 * a new mark computes its campaign's target group from the segment lines, as Activate does; a removed mark
 * takes the campaign's rows away, as Deactivate does (domain-rules §4). The store's target groups are a
 * cache of the marks and the lines: every machine computes the same rows.
 */
import { planActivation, planDeactivation } from "../../domain";
import type { CampaignTargetGroup, Lang } from "../../domain";
import type { ReferenceData, SyncStore, UnitOfWork } from "../../store";

export async function targetGroupsOfMarks(
  store: SyncStore,
  refs: ReferenceData,
  added: readonly string[],
  removed: readonly string[],
  lang: Lang,
): Promise<UnitOfWork["targetGroups"] | undefined> {
  if (added.length === 0 && removed.length === 0) return undefined;
  const [lines, rows] = await Promise.all([store.loadRows("segmentLine"), store.loadTargetGroups()]);
  const puts: CampaignTargetGroup[] = [];
  const deletes: CampaignTargetGroup[] = [];
  for (const campaignNo of added) {
    const input = {
      segmentLines: lines,
      contacts: refs.contacts,
      customerByContact: refs.customerByContact,
      existingRows: rows,
      hasPricesOrDiscounts: true,
    };
    for (const put of planActivation(campaignNo, input, lang).puts) puts.push(put);
  }
  for (const campaignNo of removed) for (const d of planDeactivation(campaignNo, rows).deletes) deletes.push(d);
  return puts.length + deletes.length > 0 ? { puts, deletes } : undefined;
}
