/** Task pane texts in English and Danish. Messages about data come from the domain/sheets/engine. */
import { choosePlurals } from "../domain";
import type { EntityKind, Lang } from "../domain";
import { CAMPAIGN_TEXTS } from "./textsCampaign";
import { FIRST_STEPS_TEXTS } from "./textsFirstSteps";
import { PRICE_CHECK_TEXTS } from "./textsPriceCheck";
import { SEGMENT_TEXTS } from "./textsSegments";
import { SHARING_TEXTS } from "./textsSharing";
import { STORAGE_TEXTS } from "./textsStorage";
import { STATISTICS_TEXTS } from "./textsStatistics";
import { ASSIGN_TEXTS, TASK_TEXTS } from "./textsTasks";
import { UNDO_TEXTS } from "./textsUndo";

type Texts = Readonly<Record<Lang, string>>;
/** Fails to compile when a record kind is added without a name in both languages. */
type EveryEntityNamed = Record<`entity_${EntityKind}`, Texts> & Record<string, Texts>;

const TEXTS = {
  appTitle: { en: "Campaign Desk", da: "Campaign Desk" },
  tabSheets: { en: "Sheets", da: "Ark" },
  tabCampaigns: { en: "Campaigns", da: "Kampagner" },
  tabIssues: { en: "Issues", da: "Problemer" },
  moreTabs: { en: "More tabs", da: "Flere faner" },
  entity_campaignStatus: { en: "Campaign status codes", da: "Kampagnestatuskoder" },
  entity_salesperson: { en: "Salespeople", da: "Sælgere" },
  entity_campaign: { en: "Campaigns", da: "Kampagner" },
  entity_itemDiscountGroup: { en: "Item discount groups", da: "Varerabatgrupper" },
  entity_item: { en: "Items", da: "Varer" },
  entity_itemUnitOfMeasure: { en: "Item units of measure", da: "Vareenheder" },
  entity_itemVariant: { en: "Item variants", da: "Varevarianter" },
  entity_currency: { en: "Currencies", da: "Valutaer" },
  entity_customerPriceGroup: { en: "Customer price groups", da: "Debitorprisgrupper" },
  entity_customerDiscountGroup: { en: "Customer discount groups", da: "Debitorrabatgrupper" },
  entity_customer: { en: "Customers", da: "Debitorer" },
  entity_salesPrice: { en: "Sales prices", da: "Salgspriser" },
  entity_salesLineDiscount: { en: "Sales line discounts", da: "Salgslinjerabatter" },
  entity_team: { en: "Teams", da: "Teams" },
  entity_teamMember: { en: "Team members", da: "Teammedlemmer" },
  entity_contact: { en: "Contacts", da: "Kontakter" },
  entity_interactionGroup: { en: "Interaction groups", da: "Interaktionsgrupper" },
  entity_interactionTemplate: { en: "Interaction templates", da: "Interaktionsskabeloner" },
  entity_segmentLine: { en: "Segment lines", da: "Segmentlinjer" },
  entity_segmentHeader: { en: "Segments", da: "Segmenter" },
  entity_numberSeries: { en: "Number series", da: "Nummerserier" },
  entity_campaignActivation: { en: "Activated campaigns", da: "Aktiverede kampagner" },
  entity_loggedSegment: { en: "Logged segments", da: "Loggede segmenter" },
  entity_campaignEntry: { en: "Campaign entries", da: "Kampagneposter" },
  entity_interactionLogEntry: { en: "Interactions", da: "Interaktioner" },
  entity_salesCycle: { en: "Sales cycles", da: "Salgsprocesser" },
  entity_salesCycleStage: { en: "Sales cycle stages", da: "Salgsprocesfaser" },
  entity_opportunity: { en: "Opportunities", da: "Salgsmuligheder" },
  entity_opportunityEntry: { en: "Opportunity entries", da: "Salgsmulighedsposter" },
  entity_activity: { en: "Activities", da: "Aktiviteter" },
  entity_activityStep: { en: "Activity steps", da: "Aktivitetstrin" },
  entity_task: { en: "Tasks", da: "Opgaver" },
  group_campaigns: { en: "Campaigns", da: "Kampagner" },
  group_itemsCustomers: { en: "Items and customers", da: "Varer og debitorer" },
  group_pricesDiscounts: { en: "Prices and discounts", da: "Priser og rabatter" },
  group_contacts: { en: "Contacts and interactions", da: "Kontakter og interaktioner" },
  group_segments: { en: "Segments", da: "Segmenter" },
  group_interactions: { en: "Interactions and campaign entries", da: "Interaktioner og kampagneposter" },
  group_salesCycles: { en: "Sales cycles", da: "Salgsprocesser" },
  group_opportunities: { en: "Opportunities", da: "Salgsmuligheder" },
  group_activities: { en: "Activities", da: "Aktiviteter" },
  group_tasks: { en: "Tasks", da: "Opgaver" },
  group_perCampaign: { en: "Per-campaign and per-segment sheets", da: "Ark pr. kampagne og pr. segment" },
  scopedSheetTitle: { en: "{entity} · campaign {no}", da: "{entity} · kampagne {no}" },
  segmentSheetTitle: { en: "{entity} · segment {no}", da: "{entity} · segment {no}" },
  createAllSetup: { en: "Create all setup sheets", da: "Opret alle opsætningsark" },
  allSetupBound: { en: "All setup sheets are bound.", da: "Alle opsætningsark er bundet." },
  creatingSheet: { en: "Creating ‘{entity}’…", da: "Opretter ‘{entity}’…" },
  notBound: { en: "Not bound to a sheet yet.", da: "Endnu ikke bundet til et ark." },
  createSheet: { en: "Create sheet", da: "Opret ark" },
  checkNow: { en: "Check now", da: "Kontrollér nu" },
  recreate: { en: "Recreate", da: "Genopret" },
  extraColumns: {
    en: "Excel added {n|the column|the columns} {columns} to this table (a value typed or pasted right of it). Campaign Desk does not use {n|it|them}: {n|it is|they are} kept as {n|it is|they are} and never read as data. Move values into the table's own columns, or delete {n|the column|the columns}.",
    da: "Excel har føjet {n|kolonnen|kolonnerne} {columns} til tabellen (en værdi skrevet eller indsat til højre for den). Campaign Desk bruger {n|den|dem} ikke: {n|den|de} bevares, som {n|den|de} er, og læses aldrig som data. Flyt værdierne til tabellens egne kolonner, eller slet {n|kolonnen|kolonnerne}.",
  },
  rowsIssues: {
    en: "{rows} {rows|row|rows} · {issues} {issues|issue|issues}",
    da: "{rows} {rows|række|rækker} · {issues} {issues|problem|problemer}",
  },
  onSheet: { en: "Sheet ‘{sheet}’", da: "Arket ‘{sheet}’" },
  checking: { en: "Checking…", da: "Kontrollerer…" },
  synced: { en: "Synced", da: "Synkroniseret" },
  notSynced: { en: "Not synced", da: "Ikke synkroniseret" },
  waitingForCellEdit: {
    en: "Waiting for you to finish editing the cell (press Enter or Esc)…",
    da: "Venter på, at du afslutter redigeringen af cellen (tryk Enter eller Esc)…",
  },
  issuesCount: { en: "{n} {n|issue|issues}", da: "{n} {n|problem|problemer}" },
  cancel: { en: "Cancel", da: "Annullér" },
  newCampaign: { en: "New campaign", da: "Ny kampagne" },
  save: { en: "Save", da: "Gem" },
  saved: { en: "Saved {no}.", da: "{no} er gemt." },
  noCampaigns: {
    en: "No campaigns yet. Create one here or type it in the Campaigns sheet.",
    da: "Ingen kampagner endnu. Opret en her eller skriv den i arket Kampagner.",
  },
  selectCampaign: {
    en: "Select a campaign to edit it, or create a new one.",
    da: "Vælg en kampagne for at redigere den, eller opret en ny.",
  },
  fieldNo: { en: "No.", da: "Nr." },
  fieldNoHint: {
    en: "Leave blank to take the next number from the series.",
    da: "Lad feltet stå tomt for at bruge næste nummer i nummerserien.",
  },
  fieldDescription: { en: "Description", da: "Beskrivelse" },
  fieldStartingDate: { en: "Starting date", da: "Startdato" },
  fieldEndingDate: { en: "Ending date", da: "Slutdato" },
  fieldDates: { en: "Dates", da: "Datoer" },
  fieldSalesperson: { en: "Salesperson", da: "Sælger" },
  fieldStatus: { en: "Status", da: "Status" },
  fieldLastModified: { en: "Last date modified", da: "Sidst ændret" },
  fieldActivated: { en: "Activated", da: "Aktiveret" },
  none: { en: "(none)", da: "(ingen)" },
  yes: { en: "Yes", da: "Ja" },
  no: { en: "No", da: "Nej" },
  noIssues: { en: "No issues. Every row is stored.", da: "Ingen problemer. Alle rækker er gemt." },
  issueAt: { en: "Row {row}", da: "Række {row}" },
  goToCell: { en: "Go to the cell", da: "Gå til cellen" },
  issuesByCode: { en: "Issues by kind", da: "Problemer efter type" },
  progressRows: { en: "{done} of {total} {total|row|rows}", da: "{done} af {total} {total|række|rækker}" },
  pricesAndDiscounts: { en: "Prices and discounts", da: "Priser og rabatter" },
  windowBoth: { en: "{start} – {end}", da: "{start} – {end}" },
  windowFrom: { en: "From {start}, open-ended", da: "Fra {start}, uden slutdato" },
  windowUntil: { en: "Until {end}", da: "Til og med {end}" },
  windowOpen: { en: "Open-ended", da: "Uden start- og slutdato" },
  datesFollowCampaign: {
    en: "Dates of campaign prices and discounts follow the campaign; change them here.",
    da: "Datoerne på kampagnens priser og rabatter følger kampagnen; ret dem her.",
  },
  priceLines: { en: "Price lines", da: "Prislinjer" },
  discountLines: { en: "Discount lines", da: "Rabatlinjer" },
  linesWithIssues: {
    en: "Lines with issues: {errors} with errors, {warnings} with warnings only",
    da: "Linjer med problemer: {errors} med fejl, {warnings} kun med advarsler",
  },
  pricesSheet: { en: "Prices sheet", da: "Prisark" },
  discountsSheet: { en: "Discounts sheet", da: "Rabatark" },
  openPricesSheet: { en: "Open prices sheet", da: "Åbn prisark" },
  openDiscountsSheet: { en: "Open discounts sheet", da: "Åbn rabatark" },
  forCampaign: { en: "{action} for campaign {no}", da: "{action} for kampagne {no}" },
  firstIssue: { en: "Go to first issue", da: "Gå til første problem" },
  ...SEGMENT_TEXTS,
  ...CAMPAIGN_TEXTS,
  ...FIRST_STEPS_TEXTS,
  ...PRICE_CHECK_TEXTS,
  ...STORAGE_TEXTS,
  ...SHARING_TEXTS,
  ...UNDO_TEXTS,
  ...STATISTICS_TEXTS,
  ...TASK_TEXTS,
  ...ASSIGN_TEXTS,
} as const satisfies EveryEntityNamed;

export type TextKey = keyof typeof TEXTS;

/** Every text key (tests check both languages of each). */
export const TEXT_KEYS = Object.keys(TEXTS) as TextKey[];

/** The plural name of a record kind, as its sheet and card are titled. */
export function entityName(lang: Lang, entity: EntityKind): string {
  return t(lang, `entity_${entity}`);
}

/** A count in the user's number format (100,000 / 100.000). */
export function formatCount(lang: Lang, n: number): string {
  return n.toLocaleString(lang === "da" ? "da-DK" : "en-US");
}

/** A text with its plural forms chosen (`{n|one|other}`, domain `choosePlurals`) and its parameters filled in. */
export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return choosePlurals(TEXTS[key][lang], params).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
