/**
 * A fresh dev-host workbook: bind the sheets and type the demo rows into them, as a marketer would —
 * campaigns first, then a small item catalogue, then discount lines on the autumn campaign's own sheet.
 */
import type { EntityKind } from "../../src/domain";
import type { BindingScope, SyncEngine } from "../../src/sync";
import type { SimUserApi } from "../excel-sim/simUserApi";
import { contactRows, customerRows, priceRows } from "./contactFixture";
import { campaignDiscountLines, pricingSetup, rowCells } from "./pricingFixture";
import { SAMPLE_CAMPAIGNS, SAMPLE_SALESPEOPLE, SAMPLE_STATUSES } from "./sampleData";

type Sim = SimUserApi & { flushEvents(): Promise<void> };

const SAMPLE_ITEMS = 50;

/** Binds an entity's sheet (or a campaign's own sheet) and pastes rows below its header. */
export async function pasteInto(
  engine: SyncEngine,
  sim: Sim,
  entity: EntityKind,
  rows: string[][],
  scope?: BindingScope,
): Promise<string> {
  await engine.bind(entity, scope, { show: false }); // the demo stays on the sheet it opened with
  await engine.idle();
  const view = engine.getState().bindings.find((b) => b.entity === entity && b.scope?.campaignNo === scope?.campaignNo);
  if (!view) return "";
  if (rows.length > 0) sim.userEdit(view.sheetName, 1, 0, rows);
  await sim.flushEvents();
  await engine.idle();
  return view.sheetName;
}

/** Binds the item setup sheets and pastes the generated catalogue into them. */
export async function seedPricingSetup(engine: SyncEngine, sim: Sim, itemCount: number): Promise<void> {
  for (const { entity, rows } of pricingSetup(itemCount)) {
    await pasteInto(
      engine,
      sim,
      entity,
      rows.map((r) => rowCells(entity, r)),
    );
  }
}

/** Contacts (companies with two persons each), customers for every tenth company, and two prices for I0001. */
export async function seedContacts(engine: SyncEngine, sim: Sim, companies: number): Promise<void> {
  await pasteInto(
    engine,
    sim,
    "contact",
    contactRows(companies).map((r) => rowCells("contact", r)),
  );
  await pasteInto(
    engine,
    sim,
    "customer",
    customerRows(companies).map((r) => rowCells("customer", r)),
  );
  await pasteInto(
    engine,
    sim,
    "salesPrice",
    priceRows("CP0003").map((r) => rowCells("salesPrice", r)),
  );
}

export async function seedSampleWorkbook(engine: SyncEngine, sim: Sim): Promise<void> {
  await pasteInto(engine, sim, "campaignStatus", SAMPLE_STATUSES);
  await pasteInto(engine, sim, "salesperson", SAMPLE_SALESPEOPLE);
  const campaignSheet = await pasteInto(engine, sim, "campaign", SAMPLE_CAMPAIGNS);
  await seedPricingSetup(engine, sim, SAMPLE_ITEMS);
  await seedContacts(engine, sim, 20);
  const lines = campaignDiscountLines("CP0003", SAMPLE_ITEMS, 0);
  await pasteInto(
    engine,
    sim,
    "salesLineDiscount",
    lines.tsv.split("\r\n").map((l) => l.split("\t")),
    { campaignNo: "CP0003" },
  );
  sim.setActiveSheet(campaignSheet || sim.activeSheet());
}
