/** Texts of the Tasks tab (issue #18: assigning activities, a salesperson's calendar), English and Danish. */
export const TASK_TEXTS = {
  tabTasks: { en: "Tasks", da: "Opgaver" },
  tasksIntro: {
    en: "Tasks are on the Tasks sheet: close one by setting its status to Completed. Here you assign an activity's steps as tasks and take a salesperson's open tasks to a calendar.",
    da: "Opgaverne står i arket Opgaver: luk en ved at sætte dens status til Udført. Her tildeler du en aktivitets trin som opgaver og tager en sælgers åbne opgaver med til en kalender.",
  },
} as const;

/** Assign an activity (issue #18 item 2; TK1–TK4, TK12–TK14). */
export const ASSIGN_TEXTS = {
  assignTitle: { en: "Assign an activity", da: "Tildel en aktivitet" },
  assignActivity: { en: "Activity", da: "Aktivitet" },
  assignContextType: { en: "Assign to", da: "Tildel til" },
  assignCtx_campaign: { en: "Campaign", da: "Kampagne" },
  assignCtx_segment: { en: "Segment (a task set per contact)", da: "Segment (opgaver til hver kontakt)" },
  assignCtx_salesperson: { en: "Salesperson", da: "Sælger" },
  assignCtx_team: { en: "Team", da: "Team" },
  assignCtx_contact: { en: "Contact", da: "Kontakt" },
  assignCtx_opportunity: { en: "Opportunity", da: "Salgsmulighed" },
  assignContextNo: { en: "No.", da: "Nr." },
  assignStartDate: { en: "Start date", da: "Startdato" },
  assignSalesperson: { en: "Salesperson", da: "Sælger" },
  assignTeam: { en: "Team", da: "Team" },
  assignFromContext: { en: "(from what it is assigned to)", da: "(fra det, der tildeles til)" },
  assignOrganizer: { en: "Meeting organizer", da: "Mødearrangør" },
  assignRun: { en: "Assign", da: "Tildel" },
  assignDone: {
    en: "Created {n} {n|task|tasks}, {first}–{last}.",
    da: "Oprettede {n} {n|opgave|opgaver}, {first}–{last}.",
  },
  assignDoneContacts: {
    en: "Created {n} {n|task|tasks}, {first}–{last}, for {contacts} {contacts|contact|contacts}.",
    da: "Oprettede {n} {n|opgave|opgaver}, {first}–{last}, til {contacts} {contacts|kontakt|kontakter}.",
  },
  assignSkipped: {
    en: "Skipped blocked team {n|member|members} {names}.",
    da: "Sprang {n|det spærrede teammedlem|de spærrede teammedlemmer} {names} over.",
  },
} as const;
