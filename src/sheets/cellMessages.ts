/**
 * The sheets layer's own messages, English and Danish. Each says what is wrong and what to do next.
 * ‘…’ quotes the user's own text exactly as it was read, at most ~30 characters of it (PS5).
 */
import { quoteValue } from "../domain";
import type { Lang } from "../domain";

/** Why a date cell could not be read. */
export type DateFailure = "notDate" | "noSuchDay" | "outOfRange" | "numberOutOfRange";
/** Why a number cell could not be read. */
export type NumberFailure = "notNumber" | "letters" | "notWhole";
/** Why a yes/no cell could not be read. */
export type BooleanFailure = "notBoolean";

type Texts<K extends string> = Record<K, Record<Lang, (value: string) => string>>;

const DATE: Texts<DateFailure> = {
  notDate: {
    en: (v) => `‘${v}’ is not a date. Type it as 2026-03-01 or 01-03-2026.`,
    da: (v) => `‘${v}’ er ikke en dato. Skriv den som 01-03-2026 eller 2026-03-01.`,
  },
  noSuchDay: {
    en: (v) => `‘${v}’ is not a real date: that month has no such day. Check the day and the month.`,
    da: (v) => `‘${v}’ er ikke en rigtig dato: måneden har ikke den dag. Ret dagen og måneden.`,
  },
  outOfRange: {
    en: (v) => `‘${v}’ is outside the dates Business Central accepts. Type a date from 1753-01-01 to 9999-12-31.`,
    da: (v) =>
      `‘${v}’ ligger uden for de datoer, Business Central godtager. Skriv en dato fra 01-01-1753 til 31-12-9999.`,
  },
  // The cell holds a number Excel cannot show as a date (it shows ####): its serial is not quoted (PS10).
  numberOutOfRange: {
    en: () =>
      `This cell holds a number, not a date Business Central accepts. Type a date from 1753-01-01 to 9999-12-31.`,
    da: () =>
      `Cellen indeholder et tal, ikke en dato, som Business Central godtager. Skriv en dato fra 01-01-1753 til 31-12-9999.`,
  },
};

const NUMBER: Texts<NumberFailure> = {
  notNumber: {
    en: (v) => `‘${v}’ is not a number. Type it like 1234.50 or 1,234.50.`,
    da: (v) => `‘${v}’ er ikke et tal. Skriv det som 1234,50 eller 1.234,50.`,
  },
  letters: {
    en: (v) => `‘${v}’ is not a number: it contains letters or symbols. Type only digits, e.g. 1234.50.`,
    da: (v) => `‘${v}’ er ikke et tal: det indeholder bogstaver eller tegn. Skriv kun cifre, f.eks. 1234,50.`,
  },
  notWhole: {
    en: (v) => `‘${v}’ is not a whole number. Type a whole number, e.g. 12.`,
    da: (v) => `‘${v}’ er ikke et helt tal. Skriv et helt tal, f.eks. 12.`,
  },
};

const BOOLEAN: Texts<BooleanFailure> = {
  notBoolean: {
    en: (v) => `‘${v}’ is not yes or no. Type Yes or No (or x for yes and leave it blank for no).`,
    da: (v) => `‘${v}’ er ikke ja eller nej. Skriv Ja eller Nej (eller x for ja, og lad feltet stå tomt for nej).`,
  },
};

const PERCENT: Texts<NumberFailure> = {
  notNumber: {
    en: (v) => `‘${v}’ is not a percentage. Type it like 12.5, 12.5% or 1,234.5.`,
    da: (v) => `‘${v}’ er ikke en procentsats. Skriv den som 12,5, 12,5 % eller 1.234,5.`,
  },
  letters: {
    en: (v) => `‘${v}’ is not a percentage: it contains letters or symbols. Type only digits and %, e.g. 12.5%.`,
    da: (v) =>
      `‘${v}’ er ikke en procentsats: den indeholder bogstaver eller tegn. Skriv kun cifre og %, f.eks. 12,5 %.`,
  },
  notWhole: {
    en: (v) => `‘${v}’ is not a whole percentage. Type a whole number, e.g. 15.`,
    da: (v) => `‘${v}’ er ikke en hel procentsats. Skriv et helt tal, f.eks. 15.`,
  },
};

export function dateMessage(reason: DateFailure, value: string, lang: Lang): string {
  return DATE[reason][lang](quoteValue(value, lang));
}

export function numberMessage(reason: NumberFailure, value: string, lang: Lang): string {
  return NUMBER[reason][lang](quoteValue(value, lang));
}

export function booleanMessage(reason: BooleanFailure, value: string, lang: Lang): string {
  return BOOLEAN[reason][lang](quoteValue(value, lang));
}

/** A percent cell that is not a number of percent points (same reasons as a number). */
export function percentMessage(reason: NumberFailure, value: string, lang: Lang): string {
  return PERCENT[reason][lang](quoteValue(value, lang));
}

const OPTION = {
  en: (v: string, c: string, allowed: string) => `‘${v}’ is not a choice for ‘${c}’. Type one of: ${allowed}.`,
  da: (v: string, c: string, allowed: string) => `‘${v}’ er ikke et valg for ‘${c}’. Skriv en af: ${allowed}.`,
};

/** `allowed` are the option captions in the requested language, e.g. "Item, Item Disc. Group". */
export function optionMessage(value: string, caption: string, allowed: readonly string[], lang: Lang): string {
  return OPTION[lang](quoteValue(value, lang), caption, allowed.join(", "));
}

const PASTED_HEADER = {
  en: "This row repeats the column headers (pasted with the data). Delete the row; it is not stored.",
  da: "Rækken gentager kolonneoverskrifterne (indsat sammen med dataene). Slet rækken; den gemmes ikke.",
};

export function pastedHeaderMessage(lang: Lang): string {
  return PASTED_HEADER[lang];
}

const EXTRA_COLUMN = {
  en: (v: string, c: string) =>
    `‘${v}’ in column ‘${c}’ is not stored: the table has no such column. ` +
    `Move it into the column it belongs to (see the headers), or delete column ‘${c}’ if you do not need it.`,
  da: (v: string, c: string) =>
    `‘${v}’ i kolonnen ‘${c}’ gemmes ikke: tabellen har ingen sådan kolonne. ` +
    `Flyt værdien til den kolonne, den hører til (se overskrifterne), eller slet kolonnen ‘${c}’, hvis du ikke skal bruge den.`,
};

/** A value in a column the table does not know (e.g. Excel's "Column1" after a paste wider than the table). */
export function extraColumnMessage(value: string, caption: string, lang: Lang): string {
  return EXTRA_COLUMN[lang](quoteValue(value, lang), caption);
}

const EXTRA_COLUMNS = {
  en: (n: number, first: string, last: string) =>
    `${n} values in columns the table does not have (‘${first}’ to ‘${last}’) are not stored. ` +
    `Move them into the columns they belong to (see the headers), or delete those columns if you do not need them.`,
  da: (n: number, first: string, last: string) =>
    `${n} værdier i kolonner, tabellen ikke har (‘${first}’ til ‘${last}’), gemmes ikke. ` +
    `Flyt dem til de kolonner, de hører til (se overskrifterne), eller slet kolonnerne, hvis du ikke skal bruge dem.`,
};

/** Several values in columns the table does not know (a paste wider than the table): one sentence with a count. */
export function extraColumnsMessage(count: number, first: string, last: string, lang: Lang): string {
  return EXTRA_COLUMNS[lang](count, first, last);
}

const EXCEL_ERROR = {
  kept: {
    en: (e: string) =>
      `The cell shows the Excel error ${e}; it is stored as the text ‘${e}’. Correct the formula, or type the text you mean.`,
    da: (e: string) =>
      `Cellen viser Excel-fejlen ${e}; den gemmes som teksten ‘${e}’. Ret formlen, eller skriv den tekst, du mener.`,
  },
  refused: {
    en: (e: string, c: string) =>
      `The cell shows the Excel error ${e}, not a value for ‘${c}’. Correct the formula, or type the value.`,
    da: (e: string, c: string) =>
      `Cellen viser Excel-fejlen ${e}, ikke en værdi for ‘${c}’. Ret formlen, eller skriv værdien.`,
  },
};

/** A cell showing an Excel error value (#DIV/0!…): kept as text in a text column, refused elsewhere. */
export function excelErrorMessage(error: string, caption: string, kept: boolean, lang: Lang): string {
  return kept ? EXCEL_ERROR.kept[lang](error) : EXCEL_ERROR.refused[lang](error, caption);
}

const INVISIBLE = {
  en: (v: string, c: string, name: string, after: string) =>
    `${c} ‘${v}’ contains an invisible character (${name})${after === "" ? "" : ` after ‘${after}’`}. ` +
    `Type the code again without it (paste from a web page often brings one).`,
  da: (v: string, c: string, name: string, after: string) =>
    `${c} ‘${v}’ indeholder et usynligt tegn (${name})${after === "" ? "" : ` efter ‘${after}’`}. ` +
    `Skriv koden igen uden det (det følger ofte med, når man indsætter fra en webside).`,
};

/** A code with an invisible character inside it (`name` like "zero-width space, U+200B", `after` the text before it). */
export function invisibleMessage(value: string, caption: string, name: string, after: string, lang: Lang): string {
  return INVISIBLE[lang](quoteValue(value, lang), caption, name, quoteValue(after, lang));
}

const READ_ONLY = {
  en: (v: string, c: string) =>
    `‘${v}’ in column ‘${c}’ is not stored: the add-in fills this column, so the stored value is kept. ` +
    `Change the other columns; leave ‘${c}’ as it is.`,
  da: (v: string, c: string) =>
    `‘${v}’ i kolonnen ‘${c}’ gemmes ikke: tilføjelsen udfylder kolonnen, så den gemte værdi beholdes. ` +
    `Ret de andre kolonner; lad ‘${c}’ være.`,
};

/** A value a person put in a read-only or derived column: discarded, the stored value kept (PS8). */
export function readOnlyValueMessage(value: string, caption: string, lang: Lang): string {
  return READ_ONLY[lang](quoteValue(value, lang), caption);
}

const NUMBER_SHOWS_DATE = {
  en: (d: string, c: string) =>
    `‘${c}’ shows the date ${d}, not a number: Excel read what was typed as a date. ` +
    `Format the cell as Number and type the number again (e.g. 1.5).`,
  da: (d: string, c: string) =>
    `‘${c}’ viser datoen ${d}, ikke et tal: Excel læste det indtastede som en dato. ` +
    `Formatér cellen som Tal, og skriv tallet igen (f.eks. 1,5).`,
};

/** A number cell holding a date (Danish "1.5" becomes 1 May), `date` as the person's Excel shows it (PS12). */
export function numberShowsDateMessage(date: string, caption: string, lang: Lang): string {
  return NUMBER_SHOWS_DATE[lang](date, caption);
}

const HEADER = {
  missing: {
    en: (c: string) => `The column ‘${c}’ is missing. Rename the header back to ‘${c}’ or re-bind the sheet.`,
    da: (c: string) => `Kolonnen ‘${c}’ mangler. Omdøb overskriften tilbage til ‘${c}’, eller bind arket igen.`,
  },
  missingSystem: {
    en: (c: string) =>
      `The add-in's column ‘${c}’ is missing or renamed. Rename the header back to ‘${c}’ or re-bind the sheet.`,
    da: (c: string) =>
      `Tilføjelsens kolonne ‘${c}’ mangler eller er omdøbt. Omdøb overskriften tilbage til ‘${c}’, eller bind arket igen.`,
  },
  duplicate: {
    en: (c: string, found: string) =>
      `More than one column is headed ‘${c}’ (${found}). Rename or delete the extra ones so only one is.`,
    da: (c: string, found: string) =>
      `Mere end én kolonne har overskriften ‘${c}’ (${found}). Omdøb eller slet de overskydende, så der kun er én.`,
  },
};

export function headerMissingMessage(caption: string, system: boolean, lang: Lang): string {
  return (system ? HEADER.missingSystem : HEADER.missing)[lang](caption);
}

/** `found` are the header cells as the user wrote them, e.g. "Description" and "beskrivelse". */
export function headerDuplicateMessage(caption: string, found: readonly string[], lang: Lang): string {
  return HEADER.duplicate[lang](caption, found.map((f) => `‘${f}’`).join(", "));
}
