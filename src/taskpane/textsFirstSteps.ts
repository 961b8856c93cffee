/** Pane texts of the Campaigns tab's first steps (PN8), English and Danish. */
import type { Lang } from "../domain";

export const FIRST_STEPS_TEXTS = {
  firstStepsTitle: { en: "Start here", da: "Start her" },
  firstStepsIntro: {
    en: "Three steps to a campaign with prices and discounts:",
    da: "Tre trin til en kampagne med priser og rabatter:",
  },
  firstStep_setup: { en: "1. Create the setup sheets", da: "1. Opret opsætningsarkene" },
  firstStepHint_setup: {
    en: "Statuses, salespeople, items and customers, each on its own sheet.",
    da: "Statusser, sælgere, varer og debitorer, hver på sit eget ark.",
  },
  firstStep_campaign: { en: "2. Add a campaign", da: "2. Tilføj en kampagne" },
  firstStepHint_campaign: {
    en: "Opens the Campaigns sheet: type a row there, or fill in the card below.",
    da: "Åbner arket Kampagner: skriv en række dér, eller udfyld kortet nedenfor.",
  },
  firstStep_lines: { en: "3. Paste its lines", da: "3. Indsæt dens linjer" },
  firstStepHint_lines: {
    en: "Opens the campaign's discount lines sheet: paste its lines there.",
    da: "Åbner kampagnens ark med rabatlinjer: indsæt linjerne dér.",
  },
  firstStepHintNeedsCampaign: { en: "Add a campaign first.", da: "Tilføj først en kampagne." },
  firstStepDone: { en: "Done", da: "Udført" },
  setupCreated: {
    en: "Created {n} {n|sheet|sheets}: {names}.",
    da: "Oprettede {n} {n|ark|ark}: {names}.",
  },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;
