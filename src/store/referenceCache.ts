/**
 * Reference data kept between loads (rule SP4): building it reads every reference table, which in a big workbook
 * costs more than planning a small table. Each part (referenceData.ts) is current while the generations (`meta`)
 * of the tables it is built from are unchanged: every commit that touches one of them bumps its generation, from
 * this store instance or any other (the pane's UI thread, another window), so a load costs one `meta` read while
 * nobody wrote them, and a commit reloads only the parts it wrote. The plan worker's store is where plans load it:
 * the cache lives on the planner's side.
 */
import type { CampaignDeskDb } from "./db";
import { REFERENCE_PARTS, referenceReadTables } from "./referenceData";
import type { ReferencePart } from "./referenceData";
import type { ReferenceData } from "./storeTypes";

export { TARGET_GROUPS_GENERATION } from "./schema";

export class ReferenceCache {
  /** Per part: the generations it was built at, and what it gave. */
  private readonly parts = new Map<string, { key: string; data: Partial<ReferenceData> }>();

  /** `onLoad`: instrumentation, called with the parts read from their tables by one load (tests count them). */
  constructor(
    private readonly db: CampaignDeskDb,
    private readonly onLoad?: (parts: readonly string[]) => void,
  ) {}

  get(): Promise<ReferenceData> {
    const { db } = this;
    // One read transaction: every part, cached or read now, is of the same moment.
    return db.transaction("r", [db.meta, ...referenceReadTables(db)], async () => {
      const keys = await this.generations();
      const stale = REFERENCE_PARTS.filter((p) => this.parts.get(p.name)?.key !== keys.get(p.name));
      if (stale.length > 0) {
        this.onLoad?.(stale.map((p) => p.name));
        const loaded = await Promise.all(stale.map((p) => p.load(db)));
        stale.forEach((p, i) => this.parts.set(p.name, { key: keys.get(p.name)!, data: loaded[i]! }));
      }
      const data: Partial<ReferenceData> = {};
      for (const p of REFERENCE_PARTS) Object.assign(data, this.parts.get(p.name)!.data);
      return data as ReferenceData;
    });
  }

  /** Each part's generations, as one string per part. */
  private async generations(): Promise<Map<string, string>> {
    const ids = [...new Set(REFERENCE_PARTS.flatMap((p: ReferencePart) => p.entities))];
    const records = await this.db.meta.bulkGet(ids);
    const generation = new Map(ids.map((id, i) => [id as string, records[i]?.generation ?? 0]));
    return new Map(REFERENCE_PARTS.map((p) => [p.name, p.entities.map((e) => generation.get(e)).join(",")]));
  }
}
