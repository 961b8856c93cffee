/** Texts of undoing a campaign's delete from the pane (rule CD4), English and Danish. */
export const UNDO_TEXTS = {
  undoDeleteDone: {
    en: "Deleted {campaigns} with {lines} price and discount {lines|line|lines}.",
    da: "Slettede {campaigns} med {lines} pris- og rabat{lines|linje|linjer}.",
  },
  undoDeleteAction: { en: "Undo", da: "Fortryd" },
  undoDeleteTaken: {
    en: "{campaigns} cannot come back: the number is in use again. Give the new campaign another number first, then undo.",
    da: "{campaigns} kan ikke komme tilbage: nummeret er i brug igen. Giv først den nye kampagne et andet nummer, og fortryd så.",
  },
} as const;
