/** Texts of the storage status (the local store's state), English and Danish. */
export const STORAGE_TEXTS = {
  storageRebuilding: {
    en: "Rebuilding this workbook's local store: {done} of {total} {total|table|tables}…",
    da: "Genopbygger projektmappens lokale lager: {done} af {total} {total|tabel|tabeller}…",
  },
  storageRebuildingDetail: {
    en: "This computer has not seen this workbook before (or its store was cleared): everything is read from the workbook.",
    da: "Denne computer har ikke set projektmappen før (eller lageret blev ryddet): alt læses fra projektmappen.",
  },
  storageRebuildCancelled: {
    en: "Rebuilding stopped after {done} of {total} tables. The other tables are read the next time they are checked; nothing in the workbook is lost.",
    da: "Genopbygningen stoppede efter {done} af {total} tabeller. De øvrige tabeller læses, næste gang de kontrolleres; intet i projektmappen går tabt.",
  },
  storageFullTitle: {
    en: "Not saved: this computer's storage for the add-in is full ({sheets}).",
    da: "Ikke gemt: computerens lager til tilføjelsesprogrammet er fuldt ({sheets}).",
  },
  storageFullDetail: {
    en: "Your data in the sheets is unchanged. Free up disk space (or clear other sites' data in the browser), then try again; the add-in also tries again after your next change.",
    da: "Dine data i arkene er uændrede. Frigør diskplads (eller ryd andre websteders data i browseren), og prøv igen; tilføjelsesprogrammet prøver også igen efter din næste ændring.",
  },
  storageTryAgain: { en: "Try again", da: "Prøv igen" },
  storageNotPersistent: {
    en: "This browser may clear the add-in's local store when space runs low. Nothing is lost: the workbook holds everything, and the store is rebuilt from it.",
    da: "Browseren kan rydde tilføjelsens lokale lager, når pladsen slipper op. Intet går tabt: projektmappen rummer alt, og lageret genopbygges fra den.",
  },
} as const;
