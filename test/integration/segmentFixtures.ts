/** What the segment and sharing scenarios share: the contacts they paste, a segment header, Add Contacts' options. */
import type { SegmentHeader } from "../../src/domain";

/** A segment header targeting `campaignNo` (blank no.: the next SEGMENT number). */
export const segmentHeader = (campaignNo: string, over: Partial<SegmentHeader> = {}): SegmentHeader => ({
  no: "",
  description: "Autumn mailing",
  campaignNo,
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "JR",
  interactionTemplateCode: "",
  unitCost: 2.5,
  unitDuration: 0,
  date: "2026-09-01",
  ...over,
});

/** Add Contacts with every option off. */
export const PLAIN = {
  allowExisting: false,
  expandCompanies: false,
  allowRelatedCompanies: false,
  ignoreExclusion: false,
};

// Companies C01..C10 ("Alpha 01 Ltd" …, post codes 1000+), each with two persons P01a/P01b; C01 is customer 10000.
export function contactRows(): string[][] {
  const rows: string[][] = [];
  for (let i = 1; i <= 10; i++) {
    const n = String(i).padStart(2, "0");
    rows.push([
      `C${n}`,
      "Company",
      `Alpha ${n} Ltd`,
      "",
      "",
      `info${n}@alpha.example`,
      String(1000 + i),
      "Odense",
      "DK",
      "",
      i === 9 ? "TRUE" : "FALSE",
    ]);
    for (const p of ["a", "b"]) {
      rows.push([
        `P${n}${p}`,
        "Person",
        `Person ${n}${p}`,
        `C${n}`,
        "",
        `p${n}${p}@alpha.example`,
        String(1000 + i),
        "Odense",
        "DK",
        "",
        "FALSE",
      ]);
    }
  }
  return rows;
}
