/** Messages of the activity and task rules (issue 18, docs/spec/task-rules.md). */
import type { Texts } from "./records";

export const TASK_MESSAGES: Readonly<Record<string, Texts>> = {
  ACTIVITY_REQUIRED: {
    en: "Choose the activity to assign.",
    da: "Vælg den aktivitet, der skal tildeles.",
  },
  ACTIVITY_DATE_REQUIRED: {
    en: "Enter the start date for activity {activity}: its steps are dated from it.",
    da: "Angiv startdatoen for aktiviteten {activity}: dens trin dateres ud fra den.",
  },
  TASK_NEEDS_ASSIGNEE: {
    en: "Choose a salesperson or a team: a task is always someone's.",
    da: "Vælg en sælger eller et team: en opgave er altid nogens.",
  },
  MEETING_ORGANIZER_REQUIRED: {
    en: "Activity {activity} has a meeting step: choose the team's meeting organizer.",
    da: "Aktiviteten {activity} har et mødetrin: vælg teamets mødearrangør.",
  },
  TASK_SALESPERSON_BLOCKED: {
    en: "Salesperson {salesperson} is blocked, so no task can be assigned to them. Choose another salesperson or a team.",
    da: "Sælgeren {salesperson} er spærret, så der kan ikke tildeles opgaver til vedkommende. Vælg en anden sælger eller et team.",
  },
  STEP_DATE_FORMULA: {
    en: "Step {step} has the date formula “{formula}”, which is not one Business Central understands (e.g. 2W, CM+1D, -CW, WD2). Correct it on the Activity Steps sheet.",
    da: "Trin {step} har datoformlen “{formula}”, som Business Central ikke forstår (f.eks. 2W, CM+1D, -CW, WD2). Ret den i arket Aktivitetstrin.",
  },
  UNKNOWN_ACTIVITY: {
    en: "Activity {code} does not exist. Choose an existing activity, or create {code} on the Activities sheet first.",
    da: "Aktiviteten {code} findes ikke. Vælg en eksisterende aktivitet, eller opret {code} i arket Aktiviteter først.",
  },
  STEP_NOT_POSITIVE: {
    en: 'Step "{value}" is not a whole number above 0. Number the steps 1, 2, 3…',
    da: 'Trin "{value}" er ikke et helt tal over 0. Nummerér trinene 1, 2, 3…',
  },
  TASK_DATE_REQUIRED: {
    en: "Enter the task's date: the day it is due.",
    da: "Angiv opgavens dato: den dag, den forfalder.",
  },
  TASK_RECURRING_INTERVAL: {
    en: "A recurring task needs a recurring date interval Business Central understands (e.g. 1W, 1M, CM+1D); “{formula}” is not one.",
    da: "En tilbagevendende opgave skal have et gentagelsesinterval, som Business Central forstår (f.eks. 1W, 1M, CM+1D); “{formula}” er ikke et.",
  },
};
