/** What validation may look up, read in one read transaction so every lookup sees the same moment (referenceCache). */
import type { CampaignDeskDb } from "./db";
import { CAMPAIGN_ENTRY_SERIES } from "../domain";
import type { InteractionTemplate, OpportunityEntry, SalesCycle, SalesCycleStage, SegmentHeader } from "../domain";
import type { EntityKind } from "../domain";
import { bucketRange, buildLineCache } from "./lineBuckets";
import { ENTITY_TABLES } from "./entityTables";
import { TARGET_GROUPS_GENERATION } from "./schema";
import type { ReferenceData, RowMeta } from "./storeTypes";

/**
 * Reference data in parts, each built from its own tables (SP4): a commit reloads only the parts it wrote, so a
 * Log Segment (entries, logged segments) does not read 50,000 contacts again. `entities` name the `meta`
 * generations a part depends on; the target groups' generation is the activated part's.
 */
export interface ReferencePart {
  name: string;
  entities: readonly (EntityKind | typeof TARGET_GROUPS_GENERATION)[];
  load(db: CampaignDeskDb): Promise<Partial<ReferenceData>>;
}

export const REFERENCE_PARTS: readonly ReferencePart[] = [
  {
    name: "setup",
    entities: ["campaignStatus", "salesperson", "itemDiscountGroup", "customerPriceGroup", "customerDiscountGroup"],
    load: loadSetup,
  },
  {
    name: "codes",
    entities: ["currency", "team", "interactionGroup", "interactionTemplate", "activity"],
    load: loadCodes,
  },
  { name: "items", entities: ["item", "itemUnitOfMeasure", "itemVariant"], load: loadItems },
  { name: "customers", entities: ["customer"], load: loadCustomers },
  { name: "campaigns", entities: ["campaign"], load: loadCampaigns },
  { name: "contacts", entities: ["contact"], load: loadContacts },
  { name: "segments", entities: ["segmentHeader"], load: loadSegments },
  { name: "activated", entities: [TARGET_GROUPS_GENERATION], load: loadActivated },
  { name: "log", entities: ["loggedSegment", "campaignEntry"], load: loadLog },
  {
    name: "opportunities",
    entities: ["salesCycle", "salesCycleStage", "opportunity", "opportunityEntry"],
    load: loadOpportunityRefs,
  },
];

/**
 * The tables read: the parts' tables, and the number series for the campaign entry series' last no. That value
 * changes only with a campaign entry commit (which bumps campaignEntry's generation), so the series table does not
 * make reference data stale by itself and is not among the parts' entities (SP4: series leave it).
 */
export function referenceReadTables(db: CampaignDeskDb) {
  const names = new Set<string>([db.numberSeries.name, db.campaignTargetGroup.name]);
  for (const part of REFERENCE_PARTS)
    for (const e of part.entities) if (e !== TARGET_GROUPS_GENERATION) names.add(ENTITY_TABLES[e].table);
  return [...names].map((name) => db.table(name));
}

async function loadSetup(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const [statusCodes, people, itemDiscGroups, priceGroups, discGroups] = await Promise.all([
    db.campaignStatus.toCollection().primaryKeys(),
    db.salesperson.toArray(),
    db.itemDiscountGroup.toCollection().primaryKeys(),
    db.customerPriceGroup.toCollection().primaryKeys(),
    db.customerDiscountGroup.toCollection().primaryKeys(),
  ]);
  return {
    statusCodes: new Set(statusCodes),
    salespeople: new Map(people.map((p) => [p.code, { blocked: p.blocked }])),
    itemDiscGroups: new Set(itemDiscGroups),
    customerPriceGroups: new Set(priceGroups),
    customerDiscGroups: new Set(discGroups),
  };
}

async function loadCodes(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const [currencies, teams, groups, templates, activities] = await Promise.all([
    db.currency.toCollection().primaryKeys(),
    db.team.toCollection().primaryKeys(),
    db.interactionGroup.toCollection().primaryKeys(),
    db.interactionTemplate.toArray(),
    db.activity.toCollection().primaryKeys(),
  ]);
  return {
    currencies: new Set(currencies),
    teams: new Set(teams),
    interactionGroups: new Set(groups),
    interactionTemplates: new Map(templates.map((t) => [t.code, withoutRowMeta<InteractionTemplate>(t)])),
    activities: new Set(activities),
  };
}

async function loadItems(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const [items, units, variants] = await Promise.all([
    db.item.toArray(),
    db.itemUnitOfMeasure.toArray(),
    db.itemVariant.toArray(),
  ]);
  const itemUnits = new Map<string, Map<string, number>>();
  for (const u of units) groupOf(itemUnits, u.itemNo, () => new Map()).set(u.code, u.qtyPerUnitOfMeasure);
  const itemVariants = new Map<string, Set<string>>();
  for (const v of variants) groupOf(itemVariants, v.itemNo, () => new Set()).add(v.code);
  return {
    items: new Map(
      items.map((i) => [i.no, { baseUnitOfMeasure: i.baseUnitOfMeasure, salesUnitOfMeasure: i.salesUnitOfMeasure }]),
    ),
    itemUnits,
    itemVariants,
  };
}

async function loadCustomers(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const customers = await db.customer.toArray();
  // Customer.contactNo is 1:1 by rule; should two customers name one contact, the lower customer no. wins.
  const customerByContact = new Map<string, string>();
  for (const c of customers)
    if (c.contactNo !== "" && !customerByContact.has(c.contactNo)) customerByContact.set(c.contactNo, c.no);
  return { customers: new Set(customers.map((c) => c.no)), customerByContact };
}

async function loadCampaigns(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const [lower, upper] = bucketRange("campaign");
  const stored = await db.lineBuckets.where(":id").between(lower, upper, true, true).toArray();
  const campaigns = buildLineCache("campaign", 0, stored).byId.values();
  return {
    campaigns: new Map([...campaigns].map((c) => [c.no, { startingDate: c.startingDate, endingDate: c.endingDate }])),
  };
}

async function loadContacts(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const contacts = await db.contact.toArray();
  const info: ReferenceData["contacts"] = new Map(
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
  return { contacts: info };
}

async function loadSegments(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const segments = await db.segmentHeader.toArray();
  return { segments: new Map(segments.map((h) => [h.no, withoutRowMeta<SegmentHeader>(h)])) };
}

async function loadActivated(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  return { activatedCampaigns: new Set(await db.campaignTargetGroup.toCollection().primaryKeys()) };
}

async function loadLog(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
  const [logged, entries, entrySeries] = await Promise.all([
    db.loggedSegment.toArray(),
    db.campaignEntry.toArray(),
    db.numberSeries.get(CAMPAIGN_ENTRY_SERIES),
  ]);
  let campaignEntryLastNo = Number(entrySeries?.lastNoUsed ?? 0) || 0;
  for (const e of entries) if (e.entryNo > campaignEntryLastNo) campaignEntryLastNo = e.entryNo;
  return {
    campaignEntries: new Map(
      entries.map((e) => [e.entryNo, { campaignNo: e.campaignNo, segmentNo: e.segmentNo, canceled: e.canceled }]),
    ),
    campaignEntryLastNo,
    loggedSegments: new Map(logged.map((l) => [l.entryNo, { segmentNo: l.segmentNo, canceled: l.canceled }])),
    loggedSegmentNos: new Set(logged.map((l) => l.segmentNo)),
  };
}

/** OP11: sales cycles, their stages, each opportunity's active entry and the last entry no. */
async function loadOpportunityRefs(db: CampaignDeskDb): Promise<Partial<ReferenceData>> {
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
