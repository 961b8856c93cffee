/**
 * The campaign card's save: the same rules as a sheet row (normalised codes, number series, validation
 * against every stored campaign), one store transaction with the price lines its new dates re-date; the
 * engine then writes the campaign's row in the sheet.
 */
import {
  CAMPAIGN_SERIES,
  campaignContentEquals,
  makeIssue,
  manualNoIssue,
  nextNoFromSeries,
  normalizeCode,
  touchCampaign,
} from "../../domain";
import type { Campaign, EntityKind, Issue, NumberSeries } from "../../domain";
import type { ReferenceData, StoredRow, SyncStore, UnitOfWork } from "../../store";
import { advancedSeries, campaignUnitCascade, rulesFor, seriesRow, toStoredRow } from "../entities";
import type { CardSaveOutcome, CardSaveRequest } from "./operationTypes";

type Planned = { outcome: CardSaveOutcome; unit: UnitOfWork | null };

/** Validates the card and builds its unit of work (null when it has errors); nothing is stored here. */
export async function planCardSave(
  store: SyncStore,
  request: CardSaveRequest,
  newRowId: () => string,
): Promise<Planned> {
  const [stored, refs, series] = await Promise.all([
    store.loadRows("campaign"),
    store.loadReferenceData(),
    seriesRow(store, CAMPAIGN_SERIES),
  ]);
  const existing = request.rowId === null ? undefined : stored.find((s) => s.rowId === request.rowId);
  const fail = (issues: Issue[]): Planned => ({ outcome: { ok: false, issues, changes: [] }, unit: null });
  if (request.rowId !== null && !existing) {
    return fail([makeIssue(0, "no", "CAMPAIGN_GONE", "error", { no: request.campaign.no }, request.lang)]);
  }
  const checked = checkCard(request, stored, existing, refs, series);
  if (checked.issues.some((i) => i.severity === "error")) return fail(checked.issues);
  let record = checked.record;
  if (!existing || !campaignContentEquals(existing, record)) record = touchCampaign(record, request.today);
  const saved = toStoredRow("campaign", record, existing?.rowId ?? newRowId(), (existing?.rowVersion ?? 0) + 1);
  const numbered = checked.series !== series ? checked.series : undefined;
  const advanced = series && numbered ? advancedSeries(series, numbered, newRowId) : undefined;
  const own = await cardUnit(store, request, saved, advanced);
  // The same cascade as a sheet edit: new dates re-date the lines, a new number re-keys them.
  const cascade = await campaignUnitCascade(store, own, stored);
  const unit: UnitOfWork = cascade.length > 0 ? { ...own, cascade } : own;
  const changes: EntityKind[] = ["campaign", ...cascade.map((c) => c.entity)];
  return { outcome: { ok: true, issues: checked.issues, saved, changes }, unit };
}

/** Normalised codes, the next number for a blank one, and validation against every other stored campaign. */
function checkCard(
  request: CardSaveRequest,
  stored: readonly StoredRow<"campaign">[],
  existing: StoredRow<"campaign"> | undefined,
  refs: ReferenceData,
  series: NumberSeries | undefined,
): { record: Campaign; issues: Issue[]; series: NumberSeries | undefined } {
  const { lang } = request;
  let record: Campaign = {
    ...request.campaign,
    no: normalizeCode(request.campaign.no),
    description: request.campaign.description.trim(),
    salespersonCode: normalizeCode(request.campaign.salespersonCode),
    statusCode: normalizeCode(request.campaign.statusCode),
  };
  const others = stored.filter((s) => s.rowId !== request.rowId);
  const issues: Issue[] = [];
  let nextSeries = series;
  if (record.no === "" && series) {
    const next = nextNoFromSeries(series, new Set(stored.map((s) => s.no)));
    record = { ...record, no: next.no };
    nextSeries = next.series;
  } else if (series && (!existing || existing.no !== record.no)) {
    const manual = manualNoIssue(others.length, "no", series, lang);
    if (manual) issues.push(manual);
  }
  for (const issue of rulesFor("campaign").validate([...others, record], refs, lang)) {
    if (issue.row === others.length) issues.push({ ...issue, row: 0 });
  }
  return { record, issues, series: nextSeries };
}

async function cardUnit(
  store: SyncStore,
  request: CardSaveRequest,
  saved: StoredRow<"campaign">,
  numberSeries: StoredRow<"numberSeries"> | undefined,
): Promise<UnitOfWork> {
  const binding = request.bindingId ? await store.getBinding(request.bindingId) : undefined;
  const unit: UnitOfWork<"campaign"> = {
    entity: "campaign",
    // Stored by row id (ST15): a new no. is a put of the same row, and the commit keeps the no. unique (ST16).
    deletes: [],
    puts: [saved],
    ...(binding ? { binding: { ...binding, seen: { ...binding.seen, [saved.rowId]: saved.rowHash } } } : {}),
    ...(numberSeries ? { numberSeries } : {}),
    log: {
      at: request.nowIso,
      bindingId: request.bindingId ?? "",
      entity: "campaign",
      origin: "card",
      puts: 1,
      deletes: 0,
      keys: [saved.no],
    },
  };
  return unit as UnitOfWork;
}
