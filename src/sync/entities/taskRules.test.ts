import { NEW_TASK } from "../../domain";
import type { Task } from "../../domain";
import { emptyReferenceData } from "../../store";
import { taskAsEdited, withTaskCompany } from "./taskRules";

const TODAY = "2026-11-27";
const task = (fields: Partial<Task> = {}): Task => ({
  ...NEW_TASK,
  ...{ no: "TD0001", description: "Call", date: "2026-11-23", salespersonCode: "JR" },
  ...fields,
});

test("[TK11] Task Status Completed typed on a row closes the task today", () => {
  expect(taskAsEdited(task({ status: "Completed" }), task(), TODAY)).toMatchObject({
    status: "Completed",
    closed: true,
    dateClosed: TODAY,
  });
});

test("[TK11] Closed and Date Closed typed on the sheet are put back", () => {
  const stored = task({ status: "Completed", closed: true, dateClosed: "2026-11-01" });
  expect(taskAsEdited({ ...stored, closed: false, dateClosed: "2026-01-01" }, stored, TODAY)).toEqual(stored);
  expect(taskAsEdited(task({ closed: true, dateClosed: "2026-01-01" }), null, TODAY)).toEqual(task());
});

test("[TK11] a new row that arrives Completed with its date closed keeps that date", () => {
  const arrived = task({ status: "Completed", closed: true, dateClosed: "2026-11-01" });
  expect(taskAsEdited(arrived, null, TODAY)).toEqual(arrived);
  expect(taskAsEdited(task({ status: "Completed" }), null, TODAY).dateClosed).toBe(TODAY);
});

test("[TK11] another status opens a closed task; Canceled cancels and, cleared, reopens it", () => {
  const closed = task({ status: "Completed", closed: true, dateClosed: "2026-11-01" });
  expect(taskAsEdited({ ...closed, status: "Waiting" }, closed, TODAY)).toMatchObject({
    status: "Waiting",
    closed: false,
    dateClosed: "",
  });
  const canceled = taskAsEdited(task({ canceled: true }), task(), TODAY);
  expect(canceled).toMatchObject({ status: "Completed", closed: true, canceled: true, dateClosed: TODAY });
  expect(taskAsEdited({ ...canceled, canceled: false }, canceled, TODAY)).toMatchObject({
    status: "InProgress",
    closed: false,
    canceled: false,
  });
});

test("[TK11] a task's contact company is the contact's", () => {
  const refs = emptyReferenceData({
    contacts: new Map([
      [
        "P1",
        { type: "Person", companyNo: "C1", name: "Ann", email: "", excludeFromSegment: false, salespersonCode: "" },
      ],
    ]),
  });
  expect(withTaskCompany(task({ contactNo: "P1" }), refs).contactCompanyNo).toBe("C1");
  expect(withTaskCompany(task({ contactNo: "", contactCompanyNo: "X" }), refs).contactCompanyNo).toBe("");
});
