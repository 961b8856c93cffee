/** A fresh dev-host workbook: bind the three sheets and type the demo rows into them, as a marketer would. */
import type { SyncEngine } from "../../src/sync";
import type { SimUserApi } from "../excel-sim/simUserApi";
import { SAMPLE_CAMPAIGNS, SAMPLE_SALESPEOPLE, SAMPLE_STATUSES } from "./sampleData";

export async function seedSampleWorkbook(
  engine: SyncEngine,
  sim: SimUserApi & { flushEvents(): Promise<void> },
): Promise<void> {
  const rows = {
    campaignStatus: SAMPLE_STATUSES,
    salesperson: SAMPLE_SALESPEOPLE,
    campaign: SAMPLE_CAMPAIGNS,
  } as const;
  for (const entity of ["campaignStatus", "salesperson", "campaign"] as const) {
    await engine.bind(entity);
    await engine.idle();
    const view = engine.getState().bindings.find((b) => b.entity === entity);
    if (!view) continue;
    sim.userEdit(view.sheetName, 1, 0, rows[entity]);
    await sim.flushEvents();
    await engine.idle();
  }
  sim.setActiveSheet(engine.getState().bindings.find((b) => b.entity === "campaign")?.sheetName ?? sim.activeSheet());
}
