/**
 * Log Segment (domain-rules §6, bc-reference §4.7, report 5185 → SegManagement.LogSegment). A plan, not an act: the
 * caller stores the logged segment, the new campaign entries and the interactions in one unit of work, and keeps the
 * segment read-only. Everything is looked up in maps built by the caller, so 50,000 lines cost a few map reads each.
 */
import { normalizeCode } from "./codes";
import { rememberEntry, reusableEntries, reusableEntry } from "./campaignEntryFor";
import { takeEntryNos } from "./entryNumbers";
import { makeIssue } from "./messages";
import { newLineFrom, type LineDefaults } from "./segmentLineDerivations";
import type {
  CampaignEntry,
  Contact,
  InteractionLogEntry,
  InteractionTemplate,
  Issue,
  Lang,
  LoggedSegment,
  NumberSeries,
  SegmentHeader,
  SegmentLine,
} from "./records";

/** The number series the entries are numbered from (IR2). */
export interface EntrySeries {
  loggedSegment: NumberSeries;
  campaignEntry: NumberSeries;
  interaction: NumberSeries;
}

export interface LogSegmentInput {
  header: SegmentHeader;
  lines: readonly SegmentLine[];
  contacts: ReadonlyMap<string, Contact>;
  templates: ReadonlyMap<string, InteractionTemplate>;
  campaigns: ReadonlySet<string>;
  salespeople: ReadonlySet<string>;
  loggedSegments: readonly LoggedSegment[];
  campaignEntries: readonly CampaignEntry[];
  /** Entry nos. of the stored interactions (never reused). */
  interactionNos: ReadonlySet<number>;
  series: EntrySeries;
  today: string;
  userId: string;
  /** Create Follow-up Segment: the new segment's no. (numbered by the caller); absent for no follow-up. */
  followUpNo?: string;
}

export interface LoggedSegmentPlan {
  loggedSegment: LoggedSegment;
  /** New campaign entries only (a reused one is not repeated). */
  campaignEntries: CampaignEntry[];
  /** One per line with a contact, in line order. */
  interactions: InteractionLogEntry[];
  series: EntrySeries;
  followUp?: { header: SegmentHeader; lines: SegmentLine[] };
}

export type LogSegmentResult = { ok: true; plan: LoggedSegmentPlan } | { ok: false; issues: Issue[] };

/** BC truncates the follow-up's description to 50 characters. */
const FOLLOW_UP_TEXT = { en: "Follow-up on segment {no}", da: "Opfølgning på segment {no}" } as const;
const MAX_LINE_ISSUES = 100;

/**
 * Plans logging `header` with its lines (§6): a description and at least one line with a contact are required, and a
 * segment is logged once; each line with a contact must have a date, an existing contact, a salesperson, an
 * existing template and, when set, an existing campaign. Makes one logged segment, one campaign entry per campaign
 * on the lines (an uncanceled entry of the same campaign and segment is reused; a canceled one never is) and one
 * interaction per line, carrying the line's values and the template's group, information flow and initiated by.
 */
export function logSegment(input: LogSegmentInput, lang: Lang): LogSegmentResult {
  const segment = normalizeCode(input.header.no);
  const refusal = refuseLog(input, segment, lang);
  if (refusal) return { ok: false, issues: [refusal] };
  const lines = input.lines.filter((l) => normalizeCode(l.contactNo) !== "");
  if (lines.length === 0) return { ok: false, issues: [issue("LOG_SEGMENT_EMPTY", { segment }, lang)] };
  const issues = checkLines(input, lines, segment, lang);
  if (issues.length > 0) return { ok: false, issues };

  const logged = takeEntryNos(input.series.loggedSegment, 1, new Set(input.loggedSegments.map((l) => l.entryNo)));
  const loggedSegment: LoggedSegment = {
    entryNo: logged.nos[0] ?? 0,
    segmentNo: segment,
    description: input.header.description,
    creationDate: input.today,
    userId: input.userId,
    canceled: false,
  };
  const entries = entriesFor(input, lines, loggedSegment);
  const numbered = takeEntryNos(input.series.interaction, lines.length, input.interactionNos);
  const interactions = lines.map((line, i) =>
    interactionFrom(line, numbered.nos[i] ?? 0, input.templates, entries.byCampaign, loggedSegment.entryNo),
  );
  const plan: LoggedSegmentPlan = {
    loggedSegment,
    campaignEntries: entries.created,
    interactions,
    series: { loggedSegment: logged.series, campaignEntry: entries.series, interaction: numbered.series },
  };
  if (input.followUpNo !== undefined) plan.followUp = followUpOf(input, lines, input.followUpNo, lang);
  return { ok: true, plan };
}

function issue(code: string, params: Record<string, string | number>, lang: Lang, row = 0, field = ""): Issue {
  return makeIssue(row, field, code, "error", params, lang);
}

/** Step 1: a segment is logged once, and only with a description. */
function refuseLog(input: LogSegmentInput, segment: string, lang: Lang): Issue | null {
  const earlier = input.loggedSegments.find((l) => normalizeCode(l.segmentNo) === segment);
  if (earlier) return issue("LOG_SEGMENT_ALREADY_LOGGED", { segment, entry: earlier.entryNo }, lang);
  if (input.header.description.trim() === "")
    return issue("LOG_SEGMENT_NO_DESCRIPTION", { segment }, lang, 0, "description");
  return null;
}

/** Step 4's checks, one issue per bad line (the first MAX_LINE_ISSUES), `row` = the line's index in `lines`. */
function checkLines(input: LogSegmentInput, lines: readonly SegmentLine[], segment: string, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  lines.forEach((l, row) => {
    if (issues.length >= MAX_LINE_ISSUES) return;
    const at = { segment, line: l.lineNo };
    const unknown = (field: string, code: string) =>
      issues.push(issue("LOG_LINE_UNKNOWN", { ...at, field, code }, lang, row, field));
    const salesperson = normalizeCode(l.salespersonCode);
    const template = normalizeCode(l.interactionTemplateCode);
    const campaign = normalizeCode(l.campaignNo);
    if (l.date === "") issues.push(issue("LOG_LINE_NO_DATE", at, lang, row, "date"));
    else if (!input.contacts.has(normalizeCode(l.contactNo))) unknown("contactNo", normalizeCode(l.contactNo));
    else if (salesperson === "") issues.push(issue("LOG_LINE_NO_SALESPERSON", at, lang, row, "salespersonCode"));
    else if (!input.salespeople.has(salesperson)) unknown("salespersonCode", salesperson);
    else if (template === "") issues.push(issue("LOG_LINE_NO_TEMPLATE", at, lang, row, "interactionTemplateCode"));
    else if (!input.templates.has(template)) unknown("interactionTemplateCode", template);
    else if (campaign !== "" && !input.campaigns.has(campaign)) unknown("campaignNo", campaign);
  });
  return issues;
}

/** Step 3: the campaign entry of each campaign on the lines, reused or new (numbered in line order). */
function entriesFor(input: LogSegmentInput, lines: readonly SegmentLine[], logged: LoggedSegment) {
  const reusable = reusableEntries(input.campaignEntries);
  const byCampaign = new Map<string, number>();
  const created: CampaignEntry[] = [];
  const taken = new Set(input.campaignEntries.map((e) => e.entryNo));
  let series = input.series.campaignEntry;
  for (const line of lines) {
    const campaign = normalizeCode(line.campaignNo);
    if (campaign === "" || byCampaign.has(campaign)) continue;
    const reused = reusableEntry(reusable, campaign, logged.segmentNo);
    if (reused) {
      byCampaign.set(campaign, reused.entryNo);
      continue;
    }
    const next = takeEntryNos(series, 1, taken);
    series = next.series;
    const entry: CampaignEntry = {
      entryNo: next.nos[0] ?? 0,
      campaignNo: campaign,
      description: input.header.description,
      date: line.date,
      userId: input.userId,
      segmentNo: logged.segmentNo,
      salespersonCode: normalizeCode(line.salespersonCode),
      registerNo: logged.entryNo,
      canceled: false,
    };
    rememberEntry(reusable, entry);
    created.push(entry);
    byCampaign.set(campaign, entry.entryNo);
  }
  return { byCampaign, created, series };
}

/** Step 4: the interaction a line becomes. */
function interactionFrom(
  line: SegmentLine,
  entryNo: number,
  templates: ReadonlyMap<string, InteractionTemplate>,
  entryByCampaign: ReadonlyMap<string, number>,
  loggedSegmentEntryNo: number,
): InteractionLogEntry {
  const campaignNo = normalizeCode(line.campaignNo);
  const template = templates.get(normalizeCode(line.interactionTemplateCode));
  return {
    entryNo,
    contactNo: normalizeCode(line.contactNo),
    contactCompanyNo: line.contactCompanyNo,
    date: line.date,
    description: line.description,
    interactionTemplateCode: normalizeCode(line.interactionTemplateCode),
    interactionGroupCode: template?.interactionGroupCode ?? "",
    cost: line.cost,
    duration: line.duration,
    campaignNo,
    campaignEntryNo: campaignNo === "" ? 0 : (entryByCampaign.get(campaignNo) ?? 0),
    campaignTarget: line.campaignTarget,
    campaignResponse: line.campaignResponse,
    segmentNo: normalizeCode(line.segmentNo),
    loggedSegmentEntryNo,
    salespersonCode: normalizeCode(line.salespersonCode),
    evaluation: line.evaluation,
    attemptFailed: line.attemptFailed,
    canceled: false,
    postponed: false,
    opportunityNo: "",
    informationFlow: template?.informationFlow ?? "",
    initiatedBy: template?.initiatedBy ?? "",
  };
}

/** Step 6: a new segment with the same campaign, "Follow-up on segment X" and the logged lines' contacts, once each. */
function followUpOf(
  input: LogSegmentInput,
  lines: readonly SegmentLine[],
  no: string,
  lang: Lang,
): { header: SegmentHeader; lines: SegmentLine[] } {
  const segment = normalizeCode(input.header.no);
  const header: SegmentHeader = {
    no,
    description: FOLLOW_UP_TEXT[lang].replace("{no}", segment).slice(0, 50),
    campaignNo: input.header.campaignNo,
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    unitCost: 0,
    unitDuration: 0,
    date: input.today,
  };
  const defaults: LineDefaults = {
    campaignNo: header.campaignNo,
    campaignTarget: false,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    cost: 0,
    duration: 0,
    date: header.date,
    description: header.description,
  };
  const seen = new Set<string>();
  const out: SegmentLine[] = [];
  for (const line of lines) {
    const contact = input.contacts.get(normalizeCode(line.contactNo));
    if (!contact || seen.has(contact.no)) continue;
    seen.add(contact.no);
    out.push(newLineFrom(no, defaults, contact, (out.length + 1) * 10000));
  }
  return { header, lines: out };
}
