/** Small defaulted builders with counter ids (never random), for store and engine tests. */
import type { Campaign, CampaignStatus, Salesperson } from "../../src/domain";
import type { StoredRow } from "../../src/store";

let counter = 0;
export const nextCounter = () => ++counter;

export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  const n = nextCounter();
  return {
    no: `CP${String(n).padStart(4, "0")}`,
    description: `Campaign ${n}`,
    startingDate: "2026-03-01",
    endingDate: "2026-03-31",
    salespersonCode: "",
    statusCode: "",
    lastDateModified: "2026-01-01",
    ...overrides,
  };
}

export function aStatus(overrides: Partial<CampaignStatus> = {}): CampaignStatus {
  return { code: `S${nextCounter()}`, description: "Status", ...overrides };
}

export function aSalesperson(overrides: Partial<Salesperson> = {}): Salesperson {
  return { code: `SP${nextCounter()}`, name: "Name", email: "", blocked: false, ...overrides };
}

export function stored<R>(
  record: R,
  rowId = `row${nextCounter()}`,
  rowVersion = 1,
): R & { rowId: string; rowVersion: number; rowHash: string } {
  return { ...record, rowId, rowVersion, rowHash: "h" };
}

export type StoredCampaign = StoredRow<"campaign">;
