/** A task's status, closing, canceling and recurrence as BC's To-do (docs/spec/task-rules.md, TK6–TK8). */
import type { Task } from "./index";
import { cancelTask, closeTask, NEW_TASK, reopenTask, withStatus } from "./index";

const TASK: Task = {
  ...NEW_TASK,
  no: "TD0001",
  type: "PhoneCall",
  description: "Call back",
  date: "2026-03-10",
  salespersonCode: "JR",
  contactNo: "K1",
  contactCompanyNo: "K1",
  campaignNo: "CP0001",
};
const next = () => "TD0002";

test("[TK6] Completed is closed with the date closed; any other status opens the task again", () => {
  const done = withStatus(TASK, "Completed", "2026-03-12");
  expect(done).toMatchObject({ status: "Completed", closed: true, dateClosed: "2026-03-12" });
  expect(withStatus(done, "Completed", "2026-03-20").dateClosed).toBe("2026-03-12");
  expect(withStatus(done, "Waiting", "2026-03-20")).toMatchObject({ closed: false, dateClosed: "", status: "Waiting" });
});

test("[TK7] a recurring task closed gives the next, from its due date or from the closing date", () => {
  const weekly = { ...TASK, recurring: true, recurringDateInterval: "1W" };
  const fromDue = closeTask(weekly, "2026-03-12", next);
  expect(fromDue.task).toMatchObject({ closed: true, status: "Completed", dateClosed: "2026-03-12" });
  expect(fromDue.next).toMatchObject({ no: "TD0002", date: "2026-03-17", status: "NotStarted", closed: false });
  const fromClosing = closeTask({ ...weekly, calcDueDateFrom: "ClosingDate" }, "2026-03-12", next);
  expect(fromClosing.next?.date).toBe("2026-03-19");
  expect(closeTask(TASK, "2026-03-12", next).next).toBeNull();
  expect(closeTask({ ...weekly, recurringDateInterval: "" }, "2026-03-12", next).next).toBeNull();
});

test("[TK8] canceling closes without a next task; reopening clears closed and canceled", () => {
  const canceled = cancelTask({ ...TASK, recurring: true, recurringDateInterval: "1W" }, "2026-03-12");
  expect(canceled).toMatchObject({ canceled: true, closed: true, dateClosed: "2026-03-12", status: "Completed" });
  expect(closeTask(canceled, "2026-03-13", next).next).toBeNull();
  expect(reopenTask(canceled)).toMatchObject({ status: "InProgress", closed: false, dateClosed: "", canceled: false });
});
