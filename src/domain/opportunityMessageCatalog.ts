/** Messages of the opportunity and sales-cycle rules (issue 17, docs/spec/opportunity-rules.md). */
import type { Texts } from "./records";

export const OPPORTUNITY_MESSAGES: Readonly<Record<string, Texts>> = {
  OPPORTUNITY_CLOSED: {
    en: "Opportunity {no} is closed ({status}). Reopen it first to change it.",
    da: "Salgsmulighed {no} er lukket ({status}). Genåbn den først for at ændre den.",
  },
  OPPORTUNITY_NOT_CLOSED: {
    en: "Opportunity {no} is not closed, so there is nothing to reopen.",
    da: "Salgsmulighed {no} er ikke lukket, så der er intet at genåbne.",
  },
  OPPORTUNITY_NOT_STARTED: {
    en: "Opportunity {no} has not started. Move it to the first stage of its sales cycle (Next) first.",
    da: "Salgsmulighed {no} er ikke startet. Flyt den først til salgsprocessens første fase (Næste).",
  },
  SALES_CYCLE_NO_STAGES: {
    en: "Sales cycle {cycle} has no stages. Add its stages on the Sales Cycle Stages sheet first.",
    da: "Salgsprocessen {cycle} har ingen faser. Tilføj først dens faser i arket Salgsprocesfaser.",
  },
  OPPORTUNITY_DATE_BEFORE_LAST: {
    en: "The date of change {date} is before the opportunity's last change on {last}. Use {last} or a later date.",
    da: "Ændringsdatoen {date} ligger før salgsmulighedens seneste ændring den {last}. Brug {last} eller en senere dato.",
  },
  CHANCES_OUT_OF_RANGE: {
    en: "Chances of success must be from 0 to 100 %, not {value}.",
    da: "Chancen for succes skal være fra 0 til 100 %, ikke {value}.",
  },
  ESTIMATED_VALUE_NEGATIVE: {
    en: "The estimated value cannot be negative ({value}). Enter 0 or more.",
    da: "Den anslåede værdi kan ikke være negativ ({value}). Angiv 0 eller mere.",
  },
  UNKNOWN_STAGE: {
    en: "Sales cycle {cycle} has no stage {stage}. Choose one of its stages.",
    da: "Salgsprocessen {cycle} har ingen fase {stage}. Vælg en af dens faser.",
  },
  NO_NEXT_STAGE: {
    en: "Opportunity {no} is at the last stage ({stage}) of sales cycle {cycle}. Close it as won or lost instead.",
    da: "Salgsmulighed {no} er i salgsprocessen {cycle}s sidste fase ({stage}). Luk den som vundet eller tabt i stedet.",
  },
  NO_PREVIOUS_STAGE: {
    en: "Opportunity {no} is at its first stage ({stage}): there is no previous stage.",
    da: "Salgsmulighed {no} er i sin første fase ({stage}): der er ingen tidligere fase.",
  },
  JUMP_TO_SAME_STAGE: {
    en: "Opportunity {no} is already at stage {stage}. To change its figures, update the stage instead.",
    da: "Salgsmulighed {no} er allerede i fase {stage}. Opdatér fasen i stedet for at ændre tallene.",
  },
  // Sheets of sales cycles, stages and opportunities (OP7–OP12).
  UNKNOWN_SALES_CYCLE: {
    en: "Sales cycle {code} does not exist. Choose an existing sales cycle, or create {code} first on the Sales Cycles sheet.",
    da: "Salgsprocessen {code} findes ikke. Vælg en eksisterende salgsproces, eller opret {code} først i arket Salgsprocesser.",
  },
  STAGE_NOT_POSITIVE: {
    en: 'Stage "{value}" is not a whole number above 0. Number the stages 1, 2, 3…',
    da: 'Fase "{value}" er ikke et helt tal over 0. Nummerér faserne 1, 2, 3…',
  },
  PERCENT_OUT_OF_RANGE: {
    en: "{field} must be from 0 to 100 %, not {value}.",
    da: "{field} skal være fra 0 til 100 %, ikke {value}.",
  },
  OPPORTUNITY_ENTRY_BY_MOVE: {
    en: "Opportunity entries are written when an opportunity moves. Change the opportunity on the Opportunities sheet instead.",
    da: "Salgsmulighedsposter skrives, når en salgsmulighed flyttes. Ændr salgsmuligheden i arket Salgsmuligheder i stedet.",
  },
  OPPORTUNITY_READ_ONLY: {
    en: "Opportunity {no} is closed ({status}): {field} was put back. Set Status to In Progress to reopen it first.",
    da: "Salgsmulighed {no} er lukket ({status}): {field} er sat tilbage. Sæt Status til I gang for at genåbne den først.",
  },
  OPPORTUNITY_ONE_CHANGE: {
    en: "Change either the stage or the status of opportunity {no}, not both at once. Make one change, then the other.",
    da: "Ændr enten fasen eller status for salgsmulighed {no}, ikke begge på én gang. Lav den ene ændring, så den anden.",
  },
  OPPORTUNITY_STATUS_SET_BY_MOVE: {
    en: "Opportunity {no}: status {status} is set by its stages. Change Current Stage to move it, or set Won or Lost to close it.",
    da: "Salgsmulighed {no}: status {status} sættes af faserne. Ændr Aktuel fase for at flytte den, eller sæt Vundet eller Tabt for at lukke den.",
  },
  UNKNOWN_OPPORTUNITY: {
    en: "Opportunity {code} does not exist. Choose an existing opportunity, or create {code} first on the Opportunities sheet.",
    da: "Salgsmulighed {code} findes ikke. Vælg en eksisterende salgsmulighed, eller opret {code} først i arket Salgsmuligheder.",
  },
  OPPORTUNITY_IN_PROGRESS_NO_DELETE: {
    en: "Opportunity {no} is in progress, so it was put back. Close it as won or lost first, then delete it.",
    da: "Salgsmulighed {no} er i gang, så den er sat tilbage. Luk den først som vundet eller tabt, og slet den så.",
  },
};
