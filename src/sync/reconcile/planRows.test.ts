import type { Campaign } from "../../domain";
import { campaignSchema, resolveHeader, tableColumns } from "../../sheets";
import { emptyReferenceData } from "../../store";
import type { BindingRecord, StoredRow } from "../../store";
import type { CellValue } from "../../workbook";
import { contentHash, rulesFor } from "../entities";
import { planRows } from "./planRows";

const header = tableColumns(campaignSchema, "en").map((c) => c.caption);
const map = resolveHeader(campaignSchema, header, "en").map!;
const refs = emptyReferenceData({
  statusCodes: new Set(["ACTIVE"]),
  salespeople: new Map([["JR", { blocked: false }]]),
});
/** The binding as the last reconcile left it: each seen row with the hash it showed (the stored one). */
const binding = (seen: string[] = [], stored: readonly StoredRow<"campaign">[] = []): BindingRecord => ({
  id: "b",
  entity: "campaign",
  sheetName: "Campaigns",
  schemaVersion: 1,
  seen: Object.fromEntries(seen.map((id) => [id, stored.find((s) => s.rowId === id)?.rowHash ?? ""])),
});
const series = {
  code: "CAMPAIGN",
  startingNo: "CP0001",
  lastNoUsed: "",
  manualNos: true,
  rowId: "",
  rowVersion: 0,
  rowHash: "",
};

function row(
  no: string,
  description: string,
  rowId = "",
  extra: Partial<Record<"start" | "end" | "sp" | "status", string>> = {},
): CellValue[] {
  return [no, description, extra.start ?? "", extra.end ?? "", extra.sp ?? "", extra.status ?? "", "", "", rowId, ""];
}

function storedCampaign(no: string, rowId: string, description = "x"): StoredRow<"campaign"> {
  const c: Campaign = {
    no,
    description,
    startingDate: "",
    endingDate: "",
    salespersonCode: "",
    statusCode: "",
    lastDateModified: "2026-01-01",
  };
  return { ...c, rowId, rowVersion: 3, rowHash: contentHash(campaignSchema, c) };
}

function plan(body: CellValue[][], stored: StoredRow<"campaign">[] = [], seen: string[] = []) {
  let n = 0;
  return planRows({
    bindingId: "b1",
    binding: binding(seen, stored),
    rules: rulesFor("campaign"),
    schema: rulesFor("campaign").schema,
    map,
    body,
    stored,
    tombstones: new Set(),
    refs,
    series,
    lang: "en",
    today: "2026-11-27",
    nowIso: "2026-11-27T00:00:00Z",
    newRowId: () => `new${++n}`,
    history: new Map(),
    resolutions: new Map(),
  });
}

test("[RP1] new rows get ids and are stored with version 1; blank rows are ignored", () => {
  const p = plan([row("CP1", "a"), row("", "", ""), row("CP2", "b")]);
  expect(p.unit?.puts.map((x) => [x.no, x.rowId, x.rowVersion])).toEqual([
    ["CP1", "new1", 1],
    ["CP2", "new2", 1],
  ]);
  expect(p.rowIndexById.get("new2")).toBe(2);
});

test("[RP2] a copied row (same hidden id) gets a fresh id instead of overwriting the original", () => {
  const s = storedCampaign("CP1", "r1");
  const p = plan([row("CP1", "x", "r1"), row("CP9", "copy", "r1")], [s], ["r1"]);
  expect(p.unit?.puts.map((x) => [x.no, x.rowId])).toEqual([["CP9", "new1"]]);
});

test("[RP3] unchanged rows are neither stored nor written", () => {
  const s = storedCampaign("CP1", "r1");
  const p = plan([[...row("CP1", "x", "r1").slice(0, 6), "2026-01-01", "", "r1", "3"]], [s], ["r1"]);
  expect(p.unit).toBeNull();
  expect(p.counts.puts).toBe(0);
});

test("[RP4] rows seen before and now missing are deleted; rows never shown are appended", () => {
  const gone = storedCampaign("CP1", "r1");
  const elsewhere = storedCampaign("CP2", "r2");
  const p = plan([row("CP3", "c")], [gone, elsewhere], ["r1"]);
  expect(p.unit?.deletes).toEqual(["r1"]);
  expect(p.counts.appended).toBe(1);
  const appended = p.blocks.find((b) => b.rowIndex === 1);
  expect(appended?.values[0]?.[0]).toBe("CP2");
  expect(Object.keys(p.unit?.binding?.seen ?? {})).toEqual(["new1", "r2"]);
});

test("[RP5] an invalid edit keeps the stored version and the user's cells; only status and id are written", () => {
  const s = storedCampaign("CP1", "r1");
  const p = plan([row("CP1", "x", "r1", { start: "2026-05-01", end: "2026-04-01" })], [s], ["r1"]);
  expect(p.unit).toBeNull();
  expect(p.issues.map((i) => i.code)).toEqual(["CAMPAIGN_DATES_ORDER"]);
  const written = p.blocks.flatMap((b) => b.values[0]?.map((v, k) => [b.colIndex + k, v]) ?? []);
  // Nothing of what the user typed (schema columns) is written; status, id and version columns are.
  expect(written.map(([col]) => col)).toEqual([map.status, map.rowId, map.rowVersion]);
  expect(written[0]?.[1]).toContain("is after ending date");
});

test("[RP6] only valid rows take numbers from the series, in order", () => {
  const p = plan([row("", "a"), row("", "bad", "", { status: "NOPE" }), row("", "b")]);
  expect(p.unit?.puts.map((x) => x.no)).toEqual(["CP0001", "CP0002"]);
  expect(p.unit?.numberSeries?.lastNoUsed).toBe("CP0002");
  expect(p.issues.map((i) => i.code)).toEqual(["UNKNOWN_STATUS"]);
});

test("[RP7][ST15] renaming a campaign's number puts the same row with the new number and its version bumped", () => {
  const s = storedCampaign("CP1", "r1");
  const p = plan([row("CP5", "x", "r1")], [s], ["r1"]);
  expect(p.unit?.deletes).toEqual([]);
  expect(p.unit?.puts.map((x) => [x.rowId, x.no, x.rowVersion])).toEqual([["r1", "CP5", 4]]);
});

test("[RP8] a parse failure is reported once, not again as a domain issue on the same field", () => {
  const p = plan([row("CP1", "a", "", { start: "someday" })]);
  expect(p.issues.map((i) => [i.field, i.code])).toEqual([["startingDate", "INVALID_DATE"]]);
});
