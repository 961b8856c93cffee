/** Texts of a campaign's statistics in the pane (issue #17), English and Danish. */
export const STATISTICS_TEXTS = {
  statsTitle: { en: "Statistics", da: "Statistik" },
  statsShow: { en: "Show statistics", da: "Vis statistik" },
  statsHide: { en: "Hide statistics", da: "Skjul statistik" },
  statsFrom: { en: "Interactions from", da: "Interaktioner fra" },
  statsTo: { en: "Interactions to", da: "Interaktioner til" },
  statsWriteSheet: { en: "Statistics sheet with chart", da: "Statistikark med diagram" },
  statsSheetWritten: {
    en: "Written to the sheet ‘Statistics {campaign}’, with a chart; it follows new interactions you store here.",
    da: "Skrevet i arket ‘Statistik {campaign}’ med et diagram; det følger nye interaktioner, du gemmer her.",
  },
  statsInteractions: { en: "Interactions", da: "Interaktioner" },
  statsContacted: { en: "Target contacts contacted", da: "Målgruppekontakter kontaktet" },
  statsResponded: { en: "Contacts responded", da: "Kontakter, der har svaret" },
  statsResponseRate: { en: "Response rate", da: "Svarprocent" },
  statsCost: { en: "Cost", da: "Omkostning" },
  statsAvgCost: { en: "Avg. cost per response", da: "Gns. omkostning pr. svar" },
  statsDuration: { en: "Duration (min.)", da: "Varighed (min.)" },
  statsOpportunities: { en: "Opportunities", da: "Salgsmuligheder" },
  statsEstimated: { en: "Estimated value", da: "Anslået værdi" },
  statsCurrent: { en: "Calculated current value", da: "Beregnet aktuel værdi" },
  statsWonLost: { en: "Won / lost", da: "Vundet / tabt" },
  statsWinRate: { en: "Win rate", da: "Vinderprocent" },
  statsCostPerWon: { en: "Cost per won", da: "Omkostning pr. vundet" },
  statsNoWeeks: {
    en: "No interactions for this campaign yet: log a segment, or type the calls on the Interactions sheet.",
    da: "Ingen interaktioner for kampagnen endnu: log et segment, eller skriv opkaldene i arket Interaktioner.",
  },
  statsChartLabel: {
    en: "{campaign}: interactions, contacted and responded in each of {weeks} {weeks|week|weeks}",
    da: "{campaign}: interaktioner, kontaktet og svar i hver af {weeks} {weeks|uge|uger}",
  },
} as const;
