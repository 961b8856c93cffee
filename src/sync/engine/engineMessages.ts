/** Messages of the engine itself (table-level), in English and Danish. */
import { choosePlurals } from "../../domain";
import type { Lang } from "../../domain";

const MESSAGES = {
  TABLE_MISSING: {
    en: "The table {table} (sheet ‘{sheet}’) was deleted or renamed. Choose ‘Recreate’ to rebuild it from the stored data; nothing stored was lost.",
    da: "Tabellen {table} (arket ‘{sheet}’) er slettet eller omdøbt. Vælg ‘Genopret’ for at bygge den op igen fra de gemte data; intet gemt er gået tabt.",
  },
  CANCELLED: {
    en: "Cancelled. Nothing was changed; the sheet is checked again on the next edit.",
    da: "Annulleret. Intet blev ændret; arket kontrolleres igen ved næste ændring.",
  },
  FAILED: {
    en: "Could not check the sheet: {error}. Your data in the sheet is unchanged; try again.",
    da: "Arket kunne ikke kontrolleres: {error}. Dine data i arket er uændrede; prøv igen.",
  },
  STORAGE_FULL: {
    en: "This computer's storage for the add-in is full, so ‘{sheet}’ was not saved. Your data in the sheet is unchanged. Free up disk space (or clear other sites' data in the browser), then choose ‘Try again’; the add-in also tries again after your next change.",
    da: "Computerens lager til tilføjelsesprogrammet er fuldt, så ‘{sheet}’ blev ikke gemt. Dine data i arket er uændrede. Frigør diskplads (eller ryd andre websteders data i browseren), og vælg ‘Prøv igen’; tilføjelsesprogrammet prøver også igen efter din næste ændring.",
  },
  METADATA_UNREADABLE: {
    en: "The workbook's Campaign Desk settings could not be read ({error}). Bind the sheets again.",
    da: "Projektmappens Campaign Desk-indstillinger kunne ikke læses ({error}). Bind arkene igen.",
  },
  INACTIVE_WORKBOOK: {
    en: "Another workbook has the focus, so Campaign Desk could not show the sheet ‘{sheet}’. Click into this workbook and try again.",
    da: "En anden projektmappe har fokus, så Campaign Desk kunne ikke vise arket ‘{sheet}’. Klik i denne projektmappe, og prøv igen.",
  },
  READING: { en: "Step 1 of 4: reading ‘{sheet}’", da: "Trin 1 af 4: læser ‘{sheet}’" },
  CHECKING: {
    en: "Step 2 of 4: checking {rows} {rows|row|rows} of ‘{sheet}’",
    da: "Trin 2 af 4: kontrollerer {rows} {rows|række|rækker} i ‘{sheet}’",
  },
  SAVING: {
    en: "Step 3 of 4: saving {rows} changed {rows|row|rows} of ‘{sheet}’",
    da: "Trin 3 af 4: gemmer {rows} {rows|ændret række|ændrede rækker} fra ‘{sheet}’",
  },
  WRITING: {
    en: "Step 4 of 4: writing back {rows} {rows|row|rows} to ‘{sheet}’",
    da: "Trin 4 af 4: skriver {rows} {rows|række|rækker} tilbage til ‘{sheet}’",
  },
  FOLLOWING: { en: "Bringing other sheets up to date · {step}", da: "Opdaterer andre ark · {step}" },
} as const;

export type EngineMessage = keyof typeof MESSAGES;

/** `{name}` is the parameter; `{name|one|other}` the noun for it: one for 1, other otherwise (both languages). */
export function engineMessage(code: EngineMessage, lang: Lang, params: Record<string, string | number> = {}): string {
  return choosePlurals(MESSAGES[code][lang], params).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** Why a table's check stopped: the person cancelled it, or it failed (with the error's own words). */
export function failureMessage(e: unknown, lang: Lang): string {
  if ((e as Error)?.name === "AbortError") return engineMessage("CANCELLED", lang);
  return engineMessage("FAILED", lang, { error: String((e as Error)?.message ?? e) });
}

/** A bound table that was deleted or renamed, with what to do. */
export function tableMissingMessage(b: { tableName: string; sheetName: string }, lang: Lang): string {
  return engineMessage("TABLE_MISSING", lang, { table: b.tableName, sheet: b.sheetName });
}
