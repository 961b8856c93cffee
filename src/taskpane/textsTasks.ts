/** Texts of the Tasks tab (issue #18: assigning activities, a salesperson's calendar), English and Danish. */
export const TASK_TEXTS = {
  tabTasks: { en: "Tasks", da: "Opgaver" },
  tasksIntro: {
    en: "Tasks are on the Tasks sheet: close one by setting its status to Completed. Here you assign an activity's steps as tasks and take a salesperson's open tasks to a calendar.",
    da: "Opgaverne står i arket Opgaver: luk en ved at sætte dens status til Udført. Her tildeler du en aktivitets trin som opgaver og tager en sælgers åbne opgaver med til en kalender.",
  },
} as const;
