/**
 * What Assign Activity's context pre-fills (bc-reference §9.3 SetFilterFromTask; TK12): a contact gives itself, its
 * company and its salesperson; a campaign its salesperson; an opportunity its contact, company, campaign and
 * salesperson; a segment its campaign, salesperson and contacts (one task set each, TK3); a salesperson or a team
 * itself. A salesperson or team given in the request wins over the context's salesperson. Unknown: refused.
 */
import { contactCompanyNo, makeIssue, normalizeCode } from "../../domain";
import type { AssignContext, Issue, Lang } from "../../domain";
import type { ReferenceData, SyncStore } from "../../store";
import type { AssignActivityRequest } from "./operationTypes";
import { segmentLines } from "./segmentLines";

export type ResolvedContext =
  | {
      ok: true;
      context: AssignContext;
      contacts?: { contactNo: string; contactCompanyNo: string }[];
      salespersonCode: string;
      teamCode: string;
    }
  | { ok: false; issues: Issue[] };

interface Found {
  context: AssignContext;
  contacts?: { contactNo: string; contactCompanyNo: string }[];
  salesperson?: string;
  team?: string;
}

const UNKNOWN = {
  campaign: "UNKNOWN_CAMPAIGN",
  segment: "UNKNOWN_SEGMENT",
  salesperson: "UNKNOWN_SALESPERSON",
  team: "UNKNOWN_TEAM",
  contact: "UNKNOWN_CONTACT",
  opportunity: "UNKNOWN_OPPORTUNITY",
} as const;

export async function resolveAssignContext(
  store: SyncStore,
  refs: ReferenceData,
  request: AssignActivityRequest,
  lang: Lang,
): Promise<ResolvedContext> {
  const no = normalizeCode(request.context.no);
  const found = await find(store, refs, request.context.type, no);
  if (!found)
    return { ok: false, issues: [makeIssue(0, "", UNKNOWN[request.context.type], "error", { code: no }, lang)] };
  const salesperson = normalizeCode(request.salespersonCode ?? "");
  const team = normalizeCode(request.teamCode ?? "");
  const given = salesperson !== "" || team !== "";
  return {
    ok: true,
    context: found.context,
    ...(found.contacts ? { contacts: found.contacts } : {}),
    salespersonCode: given ? (team !== "" ? "" : salesperson) : (found.salesperson ?? ""),
    teamCode: given ? team : (found.team ?? ""),
  };
}

async function find(
  store: SyncStore,
  refs: ReferenceData,
  type: AssignActivityRequest["context"]["type"],
  no: string,
): Promise<Found | null> {
  switch (type) {
    case "salesperson":
      return refs.salespeople.has(no) ? { context: {}, salesperson: no } : null;
    case "team":
      return refs.teams.has(no) ? { context: {}, team: no } : null;
    case "contact": {
      const c = refs.contacts.get(no);
      if (!c) return null;
      const company = contactCompanyNo({ no, type: c.type, companyNo: c.companyNo });
      return { context: { contactNo: no, contactCompanyNo: company }, salesperson: c.salespersonCode };
    }
    case "campaign": {
      const campaign = (await store.loadRows("campaign")).find((c) => c.no === no);
      return campaign ? { context: { campaignNo: no }, salesperson: campaign.salespersonCode } : null;
    }
    case "opportunity":
      return opportunityContext(store, no);
    case "segment":
      return segmentContext(store, refs, no);
  }
}

async function opportunityContext(store: SyncStore, no: string): Promise<Found | null> {
  const o = (await store.loadRows("opportunity")).find((r) => r.no === no);
  if (!o) return null;
  const context = {
    opportunityNo: no,
    campaignNo: o.campaignNo,
    contactNo: o.contactNo,
    contactCompanyNo: o.contactCompanyNo,
  };
  return { context, salesperson: o.salespersonCode };
}

async function segmentContext(store: SyncStore, refs: ReferenceData, no: string): Promise<Found | null> {
  const header = refs.segments.get(no);
  if (!header) return null;
  const { mine } = await segmentLines(store, no);
  const seen = new Set<string>();
  const contacts: { contactNo: string; contactCompanyNo: string }[] = [];
  for (const line of [...mine].sort((a, b) => a.lineNo - b.lineNo)) {
    if (seen.has(line.contactNo)) continue;
    seen.add(line.contactNo);
    contacts.push({ contactNo: line.contactNo, contactCompanyNo: line.contactCompanyNo });
  }
  return {
    context: { segmentNo: no, campaignNo: header.campaignNo },
    contacts,
    salesperson: header.salespersonCode,
  };
}
