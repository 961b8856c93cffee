/**
 * The store's generations a table's plan depends on (rule SP40), as one text: every entity's and the target groups'
 * generation in `meta` (bumped by every commit that touches them, from any store instance on the database) and the
 * binding's own. Two equal texts mean nothing the plan loads was written in between. Read by keys first, so the plan
 * memos and seen parts that share `meta` are never deserialised.
 */
import type { CampaignDeskDb } from "./db";

const OTHER_RECORDS = ["planMemo:", "bindingSeen:", "binding:"];

export async function storeGenerations(db: CampaignDeskDb, bindingRecordId: string): Promise<string> {
  const own = `binding:${bindingRecordId}`;
  return db.transaction("r", db.meta, async () => {
    const keys = (await db.meta.toCollection().primaryKeys()).map(String);
    const wanted = keys.filter((k) => k === own || !OTHER_RECORDS.some((p) => k.startsWith(p))).sort();
    const records = await db.meta.bulkGet(wanted);
    return wanted.map((k, i) => `${k}=${records[i]?.generation ?? 0}`).join(";");
  });
}
