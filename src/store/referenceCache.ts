/**
 * Reference data kept between loads (rule SP4): building it reads every reference table, which in a big workbook
 * costs more than planning a small table. It is current while the generations (`meta`) of the tables it is built
 * from are unchanged: every commit that touches one of them bumps its generation, from this store instance or any
 * other (the pane's UI thread, another window), so a load costs one `meta` read while nobody wrote them. The plan
 * worker's store is where plans load it: the cache lives on the planner's side.
 */
import type { CampaignDeskDb } from "./db";
import { loadReferenceData, referenceReadTables, referenceTables } from "./referenceData";
import { ENTITY_TABLES } from "./schema";
import type { ReferenceData } from "./storeTypes";

/** The `meta` id bumped by a commit that adds or removes campaign target groups (`activatedCampaigns`). */
export const TARGET_GROUPS_GENERATION = "campaignTargetGroup";

export class ReferenceCache {
  private cached: { key: string; data: ReferenceData } | null = null;

  /** `onLoad`: instrumentation, called whenever the tables are read (tests count them). */
  constructor(
    private readonly db: CampaignDeskDb,
    private readonly onLoad?: () => void,
  ) {}

  get(): Promise<ReferenceData> {
    const { db } = this;
    return db.transaction("r", [db.meta, ...referenceReadTables(db)], async () => {
      const key = await this.generations();
      if (this.cached?.key === key) return this.cached.data;
      this.onLoad?.();
      const data = await loadReferenceData(db);
      this.cached = { key, data };
      return data;
    });
  }

  /** The generations of every table reference data is built from, as one string. */
  private async generations(): Promise<string> {
    const names = new Set(referenceTables(this.db).map((t) => t.name));
    const ids = Object.entries(ENTITY_TABLES)
      .filter(([, t]) => names.has(t.table))
      .map(([entity]) => entity);
    const records = await this.db.meta.bulkGet([...ids, TARGET_GROUPS_GENERATION]);
    return records.map((r) => r?.generation ?? 0).join(",");
  }
}
