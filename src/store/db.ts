import { Dexie } from "dexie";

import type { LineBucket, MetaRecord } from "./lineBuckets";
import { DB_NAME, SCHEMA_VERSIONS } from "./schema";
import type { HistoryRecord, TargetGroupRecord, TombstoneRecord } from "./schema";
import type { BindingRecord, ChangeLogEntry, InstanceRecord, StoredRow } from "./storeTypes";

/** The add-in's IndexedDB database. `indexedDB`/`IDBKeyRange` may be injected (tests, benchmarks). */
export class CampaignDeskDb extends Dexie {
  declare campaignStatus: Dexie.Table<StoredRow<"campaignStatus">, string>;
  declare salesperson: Dexie.Table<StoredRow<"salesperson">, string>;
  declare itemDiscountGroup: Dexie.Table<StoredRow<"itemDiscountGroup">, string>;
  declare customerPriceGroup: Dexie.Table<StoredRow<"customerPriceGroup">, string>;
  declare customerDiscountGroup: Dexie.Table<StoredRow<"customerDiscountGroup">, string>;
  declare currency: Dexie.Table<StoredRow<"currency">, string>;
  declare item: Dexie.Table<StoredRow<"item">, string>;
  declare customer: Dexie.Table<StoredRow<"customer">, string>;
  declare itemUnitOfMeasure: Dexie.Table<StoredRow<"itemUnitOfMeasure">, string>;
  declare itemVariant: Dexie.Table<StoredRow<"itemVariant">, string>;
  declare contact: Dexie.Table<StoredRow<"contact">, string>;
  declare team: Dexie.Table<StoredRow<"team">, string>;
  declare teamMember: Dexie.Table<StoredRow<"teamMember">, string>;
  declare interactionGroup: Dexie.Table<StoredRow<"interactionGroup">, string>;
  declare interactionTemplate: Dexie.Table<StoredRow<"interactionTemplate">, string>;
  declare segmentHeader: Dexie.Table<StoredRow<"segmentHeader">, string>;
  declare campaignActivation: Dexie.Table<StoredRow<"campaignActivation">, string>;
  declare loggedSegment: Dexie.Table<StoredRow<"loggedSegment">, string>;
  declare campaignEntry: Dexie.Table<StoredRow<"campaignEntry">, string>;
  declare salesCycle: Dexie.Table<StoredRow<"salesCycle">, string>;
  declare salesCycleStage: Dexie.Table<StoredRow<"salesCycleStage">, string>;
  declare opportunity: Dexie.Table<StoredRow<"opportunity">, string>;
  declare opportunityEntry: Dexie.Table<StoredRow<"opportunityEntry">, string>;
  declare activity: Dexie.Table<StoredRow<"activity">, string>;
  declare activityStep: Dexie.Table<StoredRow<"activityStep">, string>;
  declare tombstones: Dexie.Table<TombstoneRecord, string>;
  declare rowHistory: Dexie.Table<HistoryRecord, string>;
  declare instances: Dexie.Table<InstanceRecord, string>;
  /** One record per campaign with all its target-group rows. */
  declare campaignTargetGroup: Dexie.Table<TargetGroupRecord, string>;
  declare lineBuckets: Dexie.Table<LineBucket, string>;
  declare meta: Dexie.Table<MetaRecord, string>;
  declare numberSeries: Dexie.Table<StoredRow<"numberSeries">, string>;
  declare bindings: Dexie.Table<BindingRecord, string>;
  declare changeLog: Dexie.Table<ChangeLogEntry, number>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
