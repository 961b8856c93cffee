/**
 * Conflicts between copies and co-authors (issue #11): a row changed here and in the store since they last agreed,
 * a row deleted on one side and changed on the other, a key both copies numbered alike. A conflict row keeps the
 * person's text and is flagged; the pane lists it with both values and the choices (docs/spec/sync-rules.md, M).
 */
import type { Issue, Lang } from "../../domain";
import type { Caption } from "../../sheets";

/** "cascade" is no conflict between copies: a delete that takes other records along waits for the person's yes. */
export type ConflictKind = "fields" | "row" | "deletedElsewhere" | "deletedHere" | "key" | "cascade";

/** One field changed on both sides: the sheet's and the store's value, as text. */
export interface ConflictField {
  field: string;
  /** The column's caption, as the pane names the field. */
  caption: Caption;
  sheet: string;
  stored: string;
}

export interface Conflict {
  kind: ConflictKind;
  rowId: string;
  /** "fields": the fields changed on both sides; "row": every field that differs. */
  fields: ConflictField[];
  /** "key": the next free number the row can take; "cascade": how many lines the delete takes along. */
  suggestion?: string;
  /** "cascade": what the delete takes along (a campaign its lines, a campaign entry its interactions: IR6). */
  takes?: "lines" | "interactions";
}

/** What deleting a row of the entity takes along, for a "cascade" conflict. */
export function cascadeTakes(entity: string): { takes: "lines" | "interactions" } {
  return { takes: entity === "campaignEntry" ? "interactions" : "lines" };
}

/** IR6: a campaign entry's delete takes its interactions along. */
const CASCADE_INTERACTIONS: Record<Lang, string> = {
  en: "Deleting campaign entry {key} also deletes its {suggestion} interactions, so the row was put back. Confirm the delete in the Campaign Desk pane (Issues), or keep the entry.",
  da: "Sletning af kampagnepost {key} sletter også dens {suggestion} interaktioner, så rækken blev sat tilbage. Bekræft sletningen i Campaign Desk-ruden (Problemer), eller behold posten.",
};

/** What the person chose for a conflict row (applied at the table's next reconcile). */
export type Resolution =
  | { keep: "sheet" }
  | { keep: "stored" }
  | { keep: "fields"; fields: Readonly<Record<string, "sheet" | "stored">> }
  | { renumber: true }
  | { delete: true };

const TEXTS: Record<ConflictKind, Record<Lang, string>> = {
  fields: {
    en: "Changed here and in another copy of this workbook ({fields}). Choose which values to keep in the Campaign Desk pane (Issues).",
    da: "Ændret her og i en anden kopi af projektmappen ({fields}). Vælg, hvilke værdier der skal beholdes, i Campaign Desk-ruden (Problemer).",
  },
  row: {
    en: "Changed here and in another copy of this workbook, and their common version is no longer known. Choose which row to keep in the Campaign Desk pane (Issues).",
    da: "Ændret her og i en anden kopi af projektmappen, og deres fælles version kendes ikke længere. Vælg, hvilken række der skal beholdes, i Campaign Desk-ruden (Problemer).",
  },
  deletedElsewhere: {
    en: "Deleted in another copy of this workbook, but changed here since. Keep it or delete it in the Campaign Desk pane (Issues).",
    da: "Slettet i en anden kopi af projektmappen, men ændret her siden. Behold eller slet den i Campaign Desk-ruden (Problemer).",
  },
  deletedHere: {
    en: "Deleted here, but changed in another copy of this workbook since, so it was put back. Delete it again to confirm, or keep it.",
    da: "Slettet her, men ændret i en anden kopi af projektmappen siden, så den blev sat tilbage. Slet den igen for at bekræfte, eller behold den.",
  },
  cascade: {
    en: "Deleting {key} also deletes its {suggestion} price and discount lines, so the row was put back. Confirm the delete in the Campaign Desk pane (Issues), or keep the campaign.",
    da: "Sletning af {key} sletter også dens {suggestion} pris- og rabatlinjer, så rækken blev sat tilbage. Bekræft sletningen i Campaign Desk-ruden (Problemer), eller behold kampagnen.",
  },
  key: {
    en: "{key} was also given to another row in another copy of this workbook. Renumber this row to {suggestion} in the Campaign Desk pane (Issues).",
    da: "{key} blev også givet til en anden række i en anden kopi af projektmappen. Giv denne række nummeret {suggestion} i Campaign Desk-ruden (Problemer).",
  },
};

/** The issue a conflict puts on its row: an error (not stored) except a row put back after a delete (kept). */
export function conflictIssue(conflict: Conflict, lang: Lang, params: Readonly<Record<string, string>> = {}): Issue {
  const all: Record<string, string> = {
    fields: conflict.fields.map((f) => f.caption[lang]).join(", "),
    suggestion: conflict.suggestion ?? "",
    ...params,
  };
  const text = conflict.takes === "interactions" ? CASCADE_INTERACTIONS : TEXTS[conflict.kind];
  const message = text[lang].replace(/\{(\w+)\}/g, (_, k: string) => all[k] ?? "");
  const severity = conflict.kind === "deletedHere" || conflict.kind === "cascade" ? "warning" : "error";
  return { row: 0, field: "", code: `CONFLICT_${conflict.kind.toUpperCase()}`, severity, params: all, message };
}

/** Every conflict issue code (the pane lists these apart). */
export const CONFLICT_CODES: readonly string[] = Object.keys(TEXTS).map((k) => `CONFLICT_${k.toUpperCase()}`);
