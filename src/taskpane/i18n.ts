/** Task pane texts in English and Danish. Messages about data come from the domain/sheets/engine. */
import type { Lang } from "../domain";

const TEXTS = {
  appTitle: { en: "Campaign Desk", da: "Campaign Desk" },
  tabSheets: { en: "Sheets", da: "Ark" },
  tabCampaigns: { en: "Campaigns", da: "Kampagner" },
  tabIssues: { en: "Issues", da: "Problemer" },
  entity_campaignStatus: { en: "Campaign status codes", da: "Kampagnestatuskoder" },
  entity_salesperson: { en: "Salespeople", da: "Sælgere" },
  entity_campaign: { en: "Campaigns", da: "Kampagner" },
  notBound: { en: "Not bound to a sheet yet.", da: "Endnu ikke bundet til et ark." },
  createSheet: { en: "Create sheet", da: "Opret ark" },
  checkNow: { en: "Check now", da: "Kontrollér nu" },
  recreate: { en: "Recreate", da: "Genopret" },
  rowsIssues: { en: "{rows} rows · {issues} issues", da: "{rows} rækker · {issues} problemer" },
  onSheet: { en: "Sheet ‘{sheet}’", da: "Arket ‘{sheet}’" },
  checking: { en: "Checking…", da: "Kontrollerer…" },
  synced: { en: "Synced", da: "Synkroniseret" },
  issuesCount: { en: "{n} issues", da: "{n} problemer" },
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
} as const;

export type TextKey = keyof typeof TEXTS;

export function t(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}
