/**
 * Which of a unit's changes other tables validate against (rule SP5). Reference data holds of a campaign only its
 * number and dates; a campaign sheet edit that keeps every campaign and its dates (a new description, salesperson
 * or status) changes nothing another sheet looks up, so the sheets that refer to campaigns are not woken by it.
 */
import type { EntityKind } from "../../domain";
import type { ReferenceData, StoredRow, UnitOfWork } from "../../store";

/** The entities among `changes` whose reference data the unit changes (`refs`: as the plan saw the store). */
export function referenceChangesOf(
  unit: UnitOfWork | null,
  changes: readonly EntityKind[],
  refs: ReferenceData,
): EntityKind[] {
  return changes.filter((e) => !(e === "campaign" && unit?.entity === "campaign" && keepsCampaigns(unit, refs)));
}

/**
 * SP60: the campaigns a unit only adds (no campaign deleted, renumbered or re-dated; every row new to the store). A new
 * campaign changes no stored row of another sheet: it can only mend a row whose campaign did not exist yet, an error.
 */
export function referenceAddsOf(unit: UnitOfWork | null, stored: readonly StoredRow[]): EntityKind[] {
  if (unit?.entity !== "campaign" || unit.puts.length === 0 || unit.deletes.length > 0) return [];
  const known = new Set(stored.map((s) => s.rowId));
  return unit.puts.every((p) => !known.has(p.rowId)) ? ["campaign"] : [];
}

/** No campaign deleted (or renumbered), none new, none re-dated. */
function keepsCampaigns(unit: UnitOfWork, refs: ReferenceData): boolean {
  if (unit.deletes.length > 0) return false;
  return (unit.puts as readonly StoredRow<"campaign">[]).every((c) => {
    const before = refs.campaigns.get(c.no);
    return before !== undefined && before.startingDate === c.startingDate && before.endingDate === c.endingDate;
  });
}
