/**
 * The Dexie schema, one entry per released version. Never edit a released entry: add a new version with
 * an upgrade function (Dexie runs every upgrade between the stored version and the newest in order).
 * Only primary keys and queried fields are indexed: every index costs time on 100k-row bulk writes.
 */
import type { Transaction } from "dexie";
import type { CampaignTargetGroup } from "../domain";
import { bucketIdOf } from "./lineBuckets";
import type { HistoryEntry, StoredRow } from "./storeTypes";

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_NAME = "campaign-desk";

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      campaignStatus: "code",
      salesperson: "code",
      campaign: "no",
      numberSeries: "code",
      bindings: "id",
      changeLog: "++seq, bindingId",
    },
  },
  {
    // Issue #3. Only new tables are listed (Dexie keeps the others); v1 data needs no conversion.
    // Units and variants are keyed by row id: their BC key (itemNo, code) is a validation rule.
    // Price and discount lines live in `lineBuckets` (see lineBuckets.ts); `meta` holds one
    // generation number per entity, bumped by every commit that touches it.
    version: 2,
    stores: {
      itemDiscountGroup: "code",
      customerPriceGroup: "code",
      customerDiscountGroup: "code",
      currency: "code",
      item: "no",
      customer: "no",
      itemUnitOfMeasure: "rowId",
      itemVariant: "rowId",
      lineBuckets: "id",
      meta: "id",
    },
  },
  {
    // Issue #4. New tables only; v2 data needs no conversion. Team members are keyed by row id (their BC
    // key is a validation rule); segment lines live in `lineBuckets` like price lines (50k per segment).
    // Segment headers are edited in the pane, not bound to a sheet. Target groups use a compound primary key
    // led by the campaign no., so one campaign's rows are one key range (no extra index).
    version: 3,
    stores: {
      contact: "no",
      team: "code",
      teamMember: "rowId",
      interactionGroup: "code",
      interactionTemplate: "code",
      segmentHeader: "no",
      // One record per campaign holding all its rows: activation writes 15k+ rows as one record (~ms), not 15k.
      campaignTargetGroup: "campaignNo",
    },
  },
  {
    // Issue #10, the workbook is the document. Segment headers and number series become rows like any bound
    // table's (row id, version, content hash: they travel in hidden tables); activation marks get a table;
    // tombstones record which row ids were deleted, in buckets per entity (TOMBSTONE_BUCKETS).
    version: 4,
    stores: {
      campaignActivation: "campaignNo",
      tombstones: "id",
    },
    upgrade: async (tx) => {
      const withMeta = (prefix: string, key: string) => (row: Record<string, unknown>) => {
        if (typeof row["rowId"] !== "string") row["rowId"] = `${prefix}-${String(row[key])}`;
        if (typeof row["rowVersion"] !== "number") row["rowVersion"] = 1;
        if (typeof row["rowHash"] !== "string") row["rowHash"] = "";
      };
      await tx.table("segmentHeader").toCollection().modify(withMeta("segment", "no"));
      await tx.table("numberSeries").toCollection().modify(withMeta("series", "code"));
    },
  },
  {
    // Issue #11, copies and co-authors meet: row history (earlier versions, for field merges) and the files of each
    // document this store has seen (a copy is told apart by its file). A binding's seen rows keep the content hash
    // each showed, so a row deleted in one copy and edited in another is a conflict, not a silent delete.
    version: 5,
    stores: { rowHistory: "id", instances: "id" },
    upgrade: async (tx) => {
      await tx
        .table("bindings")
        .toCollection()
        .modify((b: Record<string, unknown>) => {
          const ids = Array.isArray(b["seenRowIds"]) ? (b["seenRowIds"] as string[]) : [];
          if (b["seen"] === undefined) b["seen"] = Object.fromEntries(ids.map((id) => [id, ""]));
          delete b["seenRowIds"];
        });
    },
  },
  {
    // Issue #16, what a campaign did. Logged segments and campaign entries are few: a table each, keyed by row id
    // (their entry no. is a validation rule, like units'). Interactions live in `lineBuckets` (50k per log). New
    // tables only; v5 data needs no conversion.
    version: 6,
    stores: { loggedSegment: "rowId", campaignEntry: "rowId" },
  },
  {
    // Issue #17, what a campaign earned: sales cycles (by code), their stages (by row id: cycle and stage are the
    // key), opportunities (by no.) and opportunity entries (by row id, like campaign entries). New tables only.
    version: 7,
    stores: { salesCycle: "code", salesCycleStage: "rowId", opportunity: "no", opportunityEntry: "rowId" },
  },
  {
    // Issue #18, activities and tasks: activities (by code) and their steps (by row id: activity and step are the
    // key). Tasks live in `lineBuckets` like interactions (40k tasks must fit). New tables only.
    version: 8,
    stores: { activity: "code", activityStep: "rowId" },
  },
  {
    // Issue #14 (ST15): campaigns move into `lineBuckets` like lines. IndexedDB's cost is per record, so 10,000 pasted
    // campaigns stored one record each took longer than planning them; in buckets a commit writes ~128 records. Their
    // no. stays unique: the commit checks it (ST16). The old table is emptied here and dropped by version 10.
    version: 9,
    stores: {},
    upgrade: async (tx) => {
      const buckets = new Map<string, StoredRow[]>();
      for (const row of (await tx.table("campaign").toArray()) as StoredRow[]) {
        const id = bucketIdOf("campaign", row.rowId);
        const rows = buckets.get(id);
        if (rows) rows.push(row);
        else buckets.set(id, [row]);
      }
      await tx.table("lineBuckets").bulkPut([...buckets].map(([id, rows]) => ({ id, entity: "campaign", rows })));
      await tx.table("campaign").clear();
    },
  },
  { version: 10, stores: { campaign: null } },
];

/** Tombstone buckets per entity: a delete rewrites one small record per bucket it touches. */
export const TOMBSTONE_BUCKETS = 16;

/** The `meta` id bumped by a commit that adds or removes campaign target groups (`activatedCampaigns`). */
export const TARGET_GROUPS_GENERATION = "campaignTargetGroup";

/** One tombstone bucket: row ids of an entity that were deleted (`${entity}:${n}`). */
export interface TombstoneRecord {
  id: string;
  rowIds: string[];
}

/** One row-history bucket (`${entity}:${n}`): per row id, its earlier versions, newest first (rowHistory.ts). */
export interface HistoryRecord {
  id: string;
  rows: Record<string, HistoryEntry[]>;
}

/** A campaign's target group as stored: one record with every row. */
export interface TargetGroupRecord {
  campaignNo: string;
  rows: CampaignTargetGroup[];
}

/** Identity of a target-group row within its campaign. */
export function targetGroupKey(g: CampaignTargetGroup): string {
  return `${g.type}\u001f${g.no}`;
}
