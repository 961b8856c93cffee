/**
 * The Dexie schema, one entry per released version. Never edit a released entry: add a new version with
 * an upgrade function (Dexie runs every upgrade between the stored version and the newest in order).
 * Only primary keys and queried fields are indexed: every index costs time on 100k-row bulk writes.
 */
import type { Transaction } from "dexie";

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
];

/** Table name and primary key field per bound entity. */
export const ENTITY_TABLES = {
  campaignStatus: { table: "campaignStatus", key: "code" },
  salesperson: { table: "salesperson", key: "code" },
  campaign: { table: "campaign", key: "no" },
} as const;
