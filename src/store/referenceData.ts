/** What validation may look up, read in one read transaction so every lookup sees the same moment. */
import type { CampaignDeskDb } from "./db";
import { CAMPAIGN_ENTRY_SERIES } from "../domain";
import type { InteractionTemplate, OpportunityEntry, SalesCycle, SalesCycleStage, SegmentHeader } from "../domain";
import type { ReferenceData, RowMeta } from "./storeTypes";

/** The tables reference data is built from (target groups give `activatedCampaigns`). */
export function referenceTables(db: CampaignDeskDb) {
  return [
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
    db.contact,
    db.team,
    db.interactionGroup,
    db.interactionTemplate,
    db.segmentHeader,
    db.campaignTargetGroup,
    db.loggedSegment,
    db.campaignEntry,
    db.salesCycle,
    db.salesCycleStage,
    db.opportunity,
    db.opportunityEntry,
    db.activity,
  ];
}

/**
 * The tables read: the reference tables, and the number series for the campaign entry series' last no. That value
 * changes only with a campaign entry commit (which bumps campaignEntry's generation), so the series table does not
 * make reference data stale by itself and is not among the reference tables (SP4: series leave it).
 */
export function referenceReadTables(db: CampaignDeskDb) {
  return [...referenceTables(db), db.numberSeries];
}

export function loadReferenceData(db: CampaignDeskDb): Promise<ReferenceData> {
  const tables = referenceReadTables(db);
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
    const [customers, campaigns, contacts, teams, groups, templates, segments, activated] = await Promise.all([
      db.customer.toArray(),
      db.campaign.toArray(),
      db.contact.toArray(),
      db.team.toCollection().primaryKeys(),
      db.interactionGroup.toCollection().primaryKeys(),
      db.interactionTemplate.toArray(),
      db.segmentHeader.toArray(),
      db.campaignTargetGroup.toCollection().primaryKeys(),
    ]);

    const [logged, entries, entrySeries] = await Promise.all([
      db.loggedSegment.toArray(),
      db.campaignEntry.toArray(),
      db.numberSeries.get(CAMPAIGN_ENTRY_SERIES),
    ]);
    const opportunities = await loadOpportunityRefs(db);
    const activities = await db.activity.toCollection().primaryKeys();
    let campaignEntryLastNo = Number(entrySeries?.lastNoUsed ?? 0) || 0;
    for (const e of entries) if (e.entryNo > campaignEntryLastNo) campaignEntryLastNo = e.entryNo;
    const itemUnits = new Map<string, Map<string, number>>();
    for (const u of units) groupOf(itemUnits, u.itemNo, () => new Map()).set(u.code, u.qtyPerUnitOfMeasure);
    const itemVariants = new Map<string, Set<string>>();
    for (const v of variants) groupOf(itemVariants, v.itemNo, () => new Set()).add(v.code);
    const contactInfo: ReferenceData["contacts"] = new Map(
      contacts.map((c) => [
        c.no,
        {
          type: c.type,
          companyNo: c.companyNo,
          name: c.name,
          email: c.email,
          excludeFromSegment: c.excludeFromSegment,
          salespersonCode: c.salespersonCode,
        },
      ]),
    );
    // Customer.contactNo is 1:1 by rule; should two customers name one contact, the lower customer no. wins.
    const customerByContact = new Map<string, string>();
    for (const c of customers)
      if (c.contactNo !== "" && !customerByContact.has(c.contactNo)) customerByContact.set(c.contactNo, c.no);

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
      customers: new Set(customers.map((c) => c.no)),
      campaigns: new Map(campaigns.map((c) => [c.no, { startingDate: c.startingDate, endingDate: c.endingDate }])),
      contacts: contactInfo,
      customerByContact,
      teams: new Set(teams),
      interactionGroups: new Set(groups),
      interactionTemplates: new Map(templates.map((t) => [t.code, withoutRowMeta<InteractionTemplate>(t)])),
      segments: new Map(segments.map((h) => [h.no, withoutRowMeta<SegmentHeader>(h)])),
      activatedCampaigns: new Set(activated),
      campaignEntries: new Map(
        entries.map((e) => [e.entryNo, { campaignNo: e.campaignNo, segmentNo: e.segmentNo, canceled: e.canceled }]),
      ),
      campaignEntryLastNo,
      loggedSegments: new Map(logged.map((l) => [l.entryNo, { segmentNo: l.segmentNo, canceled: l.canceled }])),
      loggedSegmentNos: new Set(logged.map((l) => l.segmentNo)),
      ...opportunities,
      activities: new Set(activities),
    };
  });
}

/** OP11: sales cycles, their stages, each opportunity's active entry and the last entry no. */
async function loadOpportunityRefs(
  db: CampaignDeskDb,
): Promise<
  Pick<
    ReferenceData,
    "salesCycles" | "salesCycleStages" | "opportunities" | "activeOpportunityEntries" | "opportunityEntryLastNo"
  >
> {
  const [cycles, stages, opportunities, entries] = await Promise.all([
    db.salesCycle.toArray(),
    db.salesCycleStage.toArray(),
    db.opportunity.toCollection().primaryKeys(),
    db.opportunityEntry.toArray(),
  ]);
  const salesCycleStages = new Map<string, SalesCycleStage[]>();
  for (const s of stages)
    groupOf(salesCycleStages, s.salesCycleCode, () => []).push(withoutRowMeta<SalesCycleStage>(s));
  const activeOpportunityEntries = new Map<string, OpportunityEntry>();
  let opportunityEntryLastNo = 0;
  for (const e of entries) {
    // The latest active one, should a merge leave two active until the person resolves it (OP14).
    const known = activeOpportunityEntries.get(e.opportunityNo);
    if (e.active && (!known || known.entryNo < e.entryNo))
      activeOpportunityEntries.set(e.opportunityNo, withoutRowMeta<OpportunityEntry>(e));
    if (e.entryNo > opportunityEntryLastNo) opportunityEntryLastNo = e.entryNo;
  }
  return {
    salesCycles: new Map(cycles.map((c) => [c.code, withoutRowMeta<SalesCycle>(c)])),
    salesCycleStages,
    opportunities: new Set(opportunities),
    activeOpportunityEntries,
    opportunityEntryLastNo,
  };
}

/** A stored template as the domain record: validation compares records, not sheet-row bookkeeping. */
function withoutRowMeta<R>(row: R & RowMeta): R {
  const { rowId: _rowId, rowVersion: _rowVersion, rowHash: _rowHash, ...record } = row;
  return record as R;
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
    contacts: new Map(),
    customerByContact: new Map(),
    teams: new Set(),
    interactionGroups: new Set(),
    interactionTemplates: new Map(),
    segments: new Map(),
    activatedCampaigns: new Set(),
    campaignEntries: new Map(),
    loggedSegments: new Map(),
    loggedSegmentNos: new Set(),
    campaignEntryLastNo: 0,
    salesCycles: new Map(),
    salesCycleStages: new Map(),
    opportunities: new Set(),
    activeOpportunityEntries: new Map(),
    opportunityEntryLastNo: 0,
    activities: new Set(),
    ...parts,
  };
}
