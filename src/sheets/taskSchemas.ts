/**
 * Activities and tasks (issue 18): the Activities (BC table 5081) and Activity Steps (5082) setup sheets and the Tasks
 * sheet (5080 "To-do"). Captions follow Business Central's English and Danish ones. On a task the person sets Status
 * (Completed closes it, TK6) or Canceled (TK8); Closed and Date Closed are the add-in's.
 */
import { NEW_TASK } from "../domain";
import type { Activity, ActivityStep, Task } from "../domain";
import { KEY_SEPARATOR } from "./itemSchemas";
import type { ColumnDef, OptionDef, SheetSchema } from "./schemaTypes";

const code = (field: string, en: string, da: string, maxLength: number, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "code", maxLength, width: 12, ...extra }) as ColumnDef;
const description: ColumnDef = {
  field: "description",
  caption: { en: "Description", da: "Beskrivelse" },
  type: "text",
  width: 40,
};

export const TASK_TYPE_OPTIONS: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "Meeting", caption: { en: "Meeting", da: "Møde" } },
  { value: "PhoneCall", caption: { en: "Phone Call", da: "Telefonopkald" } },
];

export const TASK_PRIORITY_OPTIONS: readonly OptionDef[] = [
  { value: "Low", caption: { en: "Low", da: "Lav" } },
  { value: "Normal", caption: { en: "Normal", da: "Normal" } },
  { value: "High", caption: { en: "High", da: "Høj" } },
];

export const TASK_STATUS_OPTIONS: readonly OptionDef[] = [
  { value: "NotStarted", caption: { en: "Not Started", da: "Ikke startet" } },
  { value: "InProgress", caption: { en: "In Progress", da: "I gang" } },
  { value: "Completed", caption: { en: "Completed", da: "Afsluttet" } },
  { value: "Waiting", caption: { en: "Waiting", da: "Venter" } },
  { value: "Postponed", caption: { en: "Postponed", da: "Udsat" } },
];

const CALC_DUE_DATE_FROM_OPTIONS: readonly OptionDef[] = [
  { value: "", caption: { en: "", da: "" } },
  { value: "DueDate", caption: { en: "Due Date", da: "Forfaldsdato" } },
  { value: "ClosingDate", caption: { en: "Closing Date", da: "Lukkedato" } },
];

const typeColumn: ColumnDef = {
  field: "type",
  caption: { en: "Type", da: "Type" },
  type: "option",
  options: TASK_TYPE_OPTIONS,
  width: 12,
};
const priorityColumn: ColumnDef = {
  field: "priority",
  caption: { en: "Priority", da: "Prioritet" },
  type: "option",
  options: TASK_PRIORITY_OPTIONS,
  width: 10,
};

export const activitySchema: SheetSchema<Activity> = {
  entity: "activity",
  version: 1,
  sheetName: { en: "Activities", da: "Aktiviteter" },
  tableName: "ActivityTable",
  columns: [code("code", "Code", "Kode", 10), description],
  keyField: "code",
  keyOf: (r) => r.code,
  blank: () => ({ code: "", description: "" }),
};

export const activityStepSchema: SheetSchema<ActivityStep> = {
  entity: "activityStep",
  version: 1,
  sheetName: { en: "Activity Steps", da: "Aktivitetstrin" },
  tableName: "ActivityStepTable",
  columns: [
    code("activityCode", "Activity Code", "Aktivitetskode", 10, { listSource: { entity: "activity", field: "code" } }),
    { field: "stepNo", caption: { en: "Step No.", da: "Trinnr." }, type: "integer", width: 8 },
    typeColumn,
    description,
    priorityColumn,
    { field: "dateFormula", caption: { en: "Date Formula", da: "Datoformel" }, type: "text", width: 12 },
  ],
  keyField: "stepNo",
  keyOf: (r) => r.activityCode + KEY_SEPARATOR + String(r.stepNo),
  blank: () => ({ activityCode: "", stepNo: 0, type: "", description: "", priority: "Normal", dateFormula: "" }),
};

const date = (field: string, en: string, da: string, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "date", width: 12, ...extra }) as ColumnDef;
const flag = (field: string, en: string, da: string, extra: Partial<ColumnDef> = {}): ColumnDef =>
  ({ field, caption: { en, da }, type: "boolean", width: 8, ...extra }) as ColumnDef;

export const taskSchema: SheetSchema<Task> = {
  entity: "task",
  version: 1,
  sheetName: { en: "Tasks", da: "Opgaver" },
  tableName: "TaskTable",
  columns: [
    code("no", "No.", "Nr.", 20),
    typeColumn,
    description,
    date("date", "Date", "Dato"),
    {
      field: "status",
      // Not "Status": that caption is the add-in's own column's.
      caption: { en: "Task Status", da: "Opgavestatus" },
      type: "option",
      options: TASK_STATUS_OPTIONS,
      width: 12,
    },
    priorityColumn,
    flag("closed", "Closed", "Lukket", { readOnly: true }),
    date("dateClosed", "Date Closed", "Lukket den", { readOnly: true }),
    flag("canceled", "Canceled", "Annulleret"),
    code("salespersonCode", "Salesperson Code", "Sælgerkode", 20, {
      listSource: { entity: "salesperson", field: "code" },
    }),
    code("teamCode", "Team Code", "Teamkode", 10, { listSource: { entity: "team", field: "code" } }),
    code("contactNo", "Contact No.", "Kontaktnr.", 20, { listSource: { entity: "contact", field: "no" } }),
    code("contactCompanyNo", "Contact Company No.", "Kontaktvirksomhedsnr.", 20, { readOnly: true }),
    code("campaignNo", "Campaign No.", "Kampagnenr.", 20, { listSource: { entity: "campaign", field: "no" } }),
    code("opportunityNo", "Opportunity No.", "Salgsmulighedsnr.", 20),
    code("segmentNo", "Segment No.", "Segmentnr.", 20),
    code("activityCode", "Activity Code", "Aktivitetskode", 10, { listSource: { entity: "activity", field: "code" } }),
    code("organizerTaskNo", "Organizer To-do No.", "Arrangøropgavenr.", 20, { readOnly: true }),
    flag("recurring", "Recurring", "Tilbagevendende"),
    {
      field: "recurringDateInterval",
      caption: { en: "Recurring Date Interval", da: "Gentagelsesinterval" },
      type: "text",
      width: 12,
    },
    {
      field: "calcDueDateFrom",
      caption: { en: "Calc. Due Date From", da: "Beregn forfaldsdato fra" },
      type: "option",
      options: CALC_DUE_DATE_FROM_OPTIONS,
      width: 12,
    },
  ],
  keyField: "no",
  keyOf: (r) => r.no,
  blank: () => ({ ...NEW_TASK }),
};
