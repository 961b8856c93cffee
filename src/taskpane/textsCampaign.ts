/** Pane texts of the campaign card's activation and target group (English and Danish). */
import type { Lang } from "../domain";

export const CAMPAIGN_TEXTS = {
  activation: { en: "Activation", da: "Aktivering" },
  activate: { en: "Activate prices/discounts", da: "Aktivér priser/rabatter" },
  deactivate: { en: "Deactivate", da: "Deaktiver" },
  activateTitle: { en: "Activate the campaign?", da: "Aktivér kampagnen?" },
  targetRowsAdded: {
    en: "{n} target-group {n|row|rows} added.",
    da: "{n} {n|målgrupperække|målgrupperækker} tilføjet.",
  },
  targetRowsRemoved: {
    en: "{n} target-group {n|row|rows} removed.",
    da: "{n} {n|målgrupperække|målgrupperækker} fjernet.",
  },
  activationRefused: {
    en: "Not activated: nothing was changed.",
    da: "Ikke aktiveret: intet blev ændret.",
  },
  targetGroup: { en: "Target group", da: "Målgruppe" },
  targetGroupEmpty: {
    en: "No one yet: activate the campaign for the contacts of its segment lines with Campaign target.",
    da: "Ingen endnu: aktivér kampagnen for kontakterne på dens segmentlinjer med Kampagnemålgruppe.",
  },
  targetCustomer: { en: "Customer {no}", da: "Debitor {no}" },
  targetContact: { en: "Contact {no}", da: "Kontakt {no}" },
  andMore: { en: "and {n} more", da: "og {n} mere" },
  working: { en: "Working…", da: "Arbejder…" },
  dateOrder: { en: "Dates are written {pattern}.", da: "Datoer skrives {pattern}." },
  dateInvalid: {
    en: "This is not a date. Write it {pattern}, or pick it in the calendar.",
    da: "Det er ikke en dato. Skriv den {pattern}, eller vælg den i kalenderen.",
  },
  dateOpenCalendar: { en: "Open the calendar", da: "Åbn kalenderen" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;
