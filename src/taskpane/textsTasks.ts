/** Texts of the Tasks tab (issue #18: assigning activities, a salesperson's calendar), English and Danish. */
export const TASK_TEXTS = {
  tabTasks: { en: "Tasks", da: "Opgaver" },
  tasksIntro: {
    en: "Tasks are on the Tasks sheet: close one by setting its status to Completed. Here you assign an activity's steps as tasks and take a salesperson's open tasks to a calendar.",
    da: "Opgaverne står i arket Opgaver: luk en ved at sætte dens status til Udført. Her tildeler du en aktivitets trin som opgaver og tager en sælgers åbne opgaver med til en kalender.",
  },
  // A salesperson's open tasks as a calendar (issue 18 item 6, TK24) and a campaign's open tasks (item 7, TK23).
  calTitle: { en: "My tasks calendar", da: "Mine opgaver i kalenderen" },
  calIntro: {
    en: "A salesperson's open tasks as an iCalendar file (.ics) for Outlook, Google or Apple Calendar: one all-day event per task.",
    da: "En sælgers åbne opgaver som en iCalendar-fil (.ics) til Outlook, Google eller Apple Kalender: én heldagsbegivenhed pr. opgave.",
  },
  calSalesperson: { en: "Salesperson", da: "Sælger" },
  calOpenCount: { en: "{count} {count|open task|open tasks}", da: "{count} {count|åben opgave|åbne opgaver}" },
  calCopy: { en: "Copy calendar", da: "Kopiér kalender" },
  calDownload: { en: "Download .ics", da: "Hent .ics" },
  calCopied: {
    en: "Copied. Paste it into a new file named tasks.ics, or into your calendar's import.",
    da: "Kopieret. Indsæt det i en ny fil med navnet tasks.ics, eller i din kalenders import.",
  },
  calClipboardRefused: {
    en: "The clipboard was refused here: select the text below and copy it (Ctrl+C, or Cmd+C on a Mac).",
    da: "Udklipsholderen blev afvist her: markér teksten nedenfor, og kopiér den (Ctrl+C, eller Cmd+C på en Mac).",
  },
  calNoDownload: {
    en: "Excel on Mac cannot download files from an add-in: copy the calendar and save it as a .ics file.",
    da: "Excel på Mac kan ikke hente filer fra et tilføjelsesprogram: kopiér kalenderen, og gem den som en .ics-fil.",
  },
  calText: { en: "Calendar (iCalendar text)", da: "Kalender (iCalendar-tekst)" },
  calName: { en: "Open tasks – {salesperson}", da: "Åbne opgaver – {salesperson}" },
  calTask: { en: "Task", da: "Opgave" },
  calContact: { en: "Contact", da: "Kontakt" },
  calCampaign: { en: "Campaign", da: "Kampagne" },
  calOpportunity: { en: "Opportunity", da: "Salgsmulighed" },
  calPriority: { en: "Priority", da: "Prioritet" },
  calPriorityHigh: { en: "High", da: "Høj" },
  calPriorityNormal: { en: "Normal", da: "Normal" },
  calPriorityLow: { en: "Low", da: "Lav" },
  cardTasksTitle: { en: "Open tasks", da: "Åbne opgaver" },
  cardTasksNone: { en: "No open tasks for this campaign.", da: "Ingen åbne opgaver for denne kampagne." },
  cardTasksSalesperson: { en: "Salesperson", da: "Sælger" },
  cardTasksOpen: { en: "Open", da: "Åbne" },
  cardTasksNext: { en: "Next due", da: "Næste frist" },
  cardTasksOverdue: { en: "Overdue", da: "Overskredet" },
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
  assignSegmentTitle: { en: "Assign to the whole segment?", da: "Tildel til hele segmentet?" },
  assignSegmentQuestion: {
    en: "Assign activity {activity} to all contacts in segment {segment}? Each contact gets its own set of tasks.",
    da: "Vil du tildele aktiviteten {activity} til alle kontakter i segmentet {segment}? Hver kontakt får sit eget sæt opgaver.",
  },
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
