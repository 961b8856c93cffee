/** Demo rows typed into a fresh dev-host workbook, in the column order of each table (then status/id/version stay blank). */
export const SAMPLE_STATUSES = [
  ["PLANNED", "Planned"],
  ["ACTIVE", "Running"],
  ["DONE", "Finished"],
];

export const SAMPLE_SALESPEOPLE = [
  ["JR", "Jim Olive", "jim@cronus.example", "FALSE"],
  ["PS", "Peter Saddow", "peter@cronus.example", "FALSE"],
  ["HR", "Helen Ray", "helen@cronus.example", "TRUE"],
];

export const SAMPLE_CAMPAIGNS = [
  ["CP0001", "Spring furniture fair", "2026-03-01", "2026-03-31", "JR", "DONE"],
  ["CP0002", "Summer garden sale", "2026-06-01", "2026-08-15", "PS", "ACTIVE"],
  ["CP0003", "Autumn office chairs", "2026-09-01", "2026-11-30", "PS", "PLANNED"],
  ["CP0004", "Christmas gifts", "2026-12-01", "2026-12-24", "JR", "PLANNED"],
];
