/**
 * Campaigns' statistics sheets with their native charts (rule CS6, CS7): written when the person asks, and rewritten
 * after this pane's own commits that change interactions — batched into one job, never for a co-author's change
 * (their pane rewrites them). Which campaigns have a sheet, and how large each was last written, travel in the
 * workbook's settings, so a reopened or shared workbook keeps them current too.
 */
import type { CampaignStatistics, EntityKind, Lang } from "../../domain";
import { statisticsSheetSpec } from "../../sheets";
import type { WorkbookPort } from "../../workbook";
import type { Planner } from "../planner";
import type { Clock } from "../ports";
import type { ReconcileMode } from "./reconcileScheduler";

const SETTING = "CampaignDesk.statisticsSheets";

type Sizes = Map<string, { rows: number; cols: number }>;

export interface StatisticsSheetsDeps {
  workbook: WorkbookPort;
  lang: Lang;
  clock: Clock;
  /** Statistics come through the planner, called inside a job (an operation would queue behind it). */
  planner: Planner;
  /** Queues a job after the running ones. */
  push: (job: () => Promise<void>) => Promise<void>;
}

export class StatisticsSheets {
  private sizes: Sizes | null = null;
  private queued = false;

  constructor(private readonly deps: StatisticsSheetsDeps) {}

  /** Writes (or creates) the campaign's statistics sheet; run inside a job. */
  async write(campaignNo: string): Promise<void> {
    const sizes = await this.known();
    const no = campaignNo.trim().toUpperCase();
    const context = { lang: this.deps.lang, today: this.deps.clock.today(), nowIso: this.deps.clock.nowIso() };
    const outcome = await this.deps.planner.op({ kind: "campaignStatistics", campaignNo: no }, context);
    const spec = statisticsSheetSpec(outcome.result as CampaignStatistics, this.deps.lang, sizes.get(no));
    await this.deps.workbook.writeChartSheet(spec);
    sizes.set(no, { rows: spec.rows.length, cols: spec.rows.reduce((w, r) => Math.max(w, r.length), 0) });
    await this.deps.workbook.writeMetadata(SETTING, JSON.stringify([...sizes]));
  }

  /** A commit changed `changes`: this pane's own interaction or opportunity changes rewrite every known sheet, once per batch. */
  changed(changes: readonly EntityKind[], mode: ReconcileMode): void {
    const counted = changes.includes("interactionLogEntry") || changes.includes("opportunityEntry");
    if (mode !== "local" || !counted || this.queued) return;
    this.queued = true;
    void this.deps.push(async () => {
      this.queued = false;
      for (const no of (await this.known()).keys()) await this.write(no).catch(() => undefined);
    });
  }

  private async known(): Promise<Sizes> {
    if (this.sizes) return this.sizes;
    const saved = await this.deps.workbook.readMetadata(SETTING).catch(() => null);
    let entries: [string, { rows: number; cols: number }][] = [];
    try {
      entries = saved ? (JSON.parse(saved) as typeof entries) : [];
    } catch {
      entries = []; // a setting someone edited by hand: start over, the next write saves it again
    }
    return (this.sizes = new Map(Array.isArray(entries) ? entries : []));
  }
}
