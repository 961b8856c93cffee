/** Texts of copies meeting and of conflicts between copies and co-authors (issue #11), English and Danish. */
export const SHARING_TEXTS = {
  copyMet: {
    en: "This workbook is a copy of {of}, which this computer already knows. Merge the two (both keep their changes; what both changed to different values is listed for you to choose), or keep this copy separate as a workbook of its own?",
    da: "Denne projektmappe er en kopi af {of}, som computeren allerede kender. Vil du flette de to (begge beholder deres ændringer; hvad begge har ændret forskelligt, listes, så du kan vælge), eller holde kopien adskilt som sin egen projektmappe?",
  },
  copyMerge: { en: "Merge", da: "Flet" },
  copySeparate: { en: "Keep separate", da: "Hold adskilt" },
  conflictsTitle: { en: "Conflicts with another copy ({count})", da: "Konflikter med en anden kopi ({count})" },
  conflictField: { en: "Field", da: "Felt" },
  conflictHere: { en: "In this sheet", da: "I dette ark" },
  conflictOther: { en: "In the other copy", da: "I den anden kopi" },
  conflictKeepSheet: { en: "Keep this sheet's values", da: "Behold arkets værdier" },
  conflictKeepStored: { en: "Keep the other copy's values", da: "Behold den anden kopis værdier" },
  conflictApplyFields: { en: "Keep the values chosen per field", da: "Behold de valgte værdier pr. felt" },
  conflictKeepRow: { en: "Keep the row", da: "Behold rækken" },
  conflictDeleteRow: { en: "Delete the row", da: "Slet rækken" },
  conflictDeleteCascade: { en: "Delete {key} and its {no} lines", da: "Slet {key} og dens {no} linjer" },
  conflictDeleteEntry: {
    en: "Delete campaign entry {key} and its {no} interactions",
    da: "Slet kampagnepost {key} og dens {no} interaktioner",
  },
  conflictRenumber: { en: "Renumber to {no}", da: "Giv nummeret {no}" },
  conflictGroup: {
    en: "{n} {n|conflict|conflicts} like this on ‘{sheet}’ — decide them all at once:",
    da: "{n} {n|konflikt|konflikter} af denne slags i ‘{sheet}’ — afgør dem alle på én gang:",
  },
  conflictAllRenumber: { en: "Renumber all {n}", da: "Giv alle {n} nye numre" },
  conflictAllKeepSheet: { en: "Keep this sheet's values in all {n}", da: "Behold arkets værdier i alle {n}" },
  conflictAllKeepStored: {
    en: "Keep the other copy's values in all {n}",
    da: "Behold den anden kopis værdier i alle {n}",
  },
  conflictAllKeepRow: { en: "Keep all {n} rows", da: "Behold alle {n} rækker" },
  conflictAllDeleteRow: { en: "Delete all {n} rows", da: "Slet alle {n} rækker" },
  conflictMore: { en: "and {n} more like these", da: "og {n} flere af samme slags" },
  conflictChoose: { en: "Choose for {field}", da: "Vælg for {field}" },
} as const;
