/**
 * A salesperson's open tasks as an iCalendar file (docs/spec/task-rules.md TK22, TK24), parsed back with ical.js:
 * one all-day VEVENT per open task of theirs, stable UIDs, summary, description, status and priority.
 */
import type { Task } from "../../domain";
import { NEW_TASK, openTasksOf } from "../../domain";
import { loadTasksCalendar } from "./loadTasksCalendar";
import { tasksCalendar, taskUid } from "./tasksCalendar";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require("ical.js");

const task = (no: string, o: Partial<Task> = {}): Task => ({
  ...NEW_TASK,
  ...{ no, description: `Call ${no}`, date: "2026-12-01", salespersonCode: "JR" },
  ...o,
});

const ALL: Task[] = [
  task("TD0001", {
    description: "Call Anna; about prices, again",
    priority: "High",
    contactNo: "C01",
    campaignNo: "CP0001",
  }),
  task("TD0002", { date: "2026-12-07", priority: "Low", status: "Waiting" }),
  task("TD0003", { closed: true, status: "Completed", dateClosed: "2026-11-20" }),
  task("TD0004", { closed: true, canceled: true, status: "Completed" }),
  task("TD0005", { salespersonCode: "AB" }),
  task("TD0006", { salespersonCode: "", teamCode: "SALES" }),
  task("TD0007", { organizerTaskNo: "TD0006", date: "2026-11-30", description: "Team meeting" }),
];

const DOC = "doc-42";
const build = (lang: "en" | "da" = "en") =>
  tasksCalendar({
    documentId: DOC,
    salespersonCode: "JR",
    tasks: openTasksOf(ALL, "JR"),
    readAt: "2026-11-27T08:30:00.000Z",
    lang,
    contactNames: { C01: "Anna Hansen" },
  });

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  start: { isDate: boolean; toString(): string };
  status: string;
  priority: number;
}

function parse(text: string): Parsed[] {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  return vcalendar.getAllSubcomponents("vevent").map((c: { getFirstPropertyValue(n: string): unknown }) => {
    const event = new ICAL.Event(c);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      status: String(c.getFirstPropertyValue("status")),
      priority: Number(c.getFirstPropertyValue("priority")),
    };
  });
}

test("[TK24][TK22] one all-day VEVENT per open task of the salesperson; closed, canceled and others' tasks are absent", () => {
  const events = parse(build());
  expect(events.map((e) => e.uid)).toEqual([taskUid(DOC, "TD0007"), taskUid(DOC, "TD0001"), taskUid(DOC, "TD0002")]);
  expect(events.map((e) => [e.start.isDate, e.start.toString()])).toEqual([
    [true, "2026-11-30"],
    [true, "2026-12-01"],
    [true, "2026-12-07"],
  ]);
  expect(events[1]!.summary).toBe("Call Anna; about prices, again");
  expect(events[1]!.description).toBe("Task: TD0001\nContact: C01 Anna Hansen\nCampaign: CP0001\nPriority: High");
});

test("[TK24] PRIORITY maps High 1, Normal 5, Low 9; STATUS is TENTATIVE for Waiting or Postponed, else CONFIRMED", () => {
  const events = parse(build());
  expect(events.map((e) => [e.priority, e.status])).toEqual([
    [5, "CONFIRMED"],
    [1, "CONFIRMED"],
    [9, "TENTATIVE"],
  ]);
});

test("[TK24] UIDs are stable: the same tasks give the same file; the UID is the document id and the task no.", () => {
  expect(build()).toBe(build());
  expect(taskUid(DOC, "TD0001")).toBe("TD0001.doc-42@campaign-desk");
  const text = build();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toContain("DTSTAMP:20261127T083000Z");
  expect(text).toMatch(/\r\n/);
});

test("[TK24] in Danish the description and calendar name are Danish", () => {
  const text = build("da");
  expect(parse(text)[1]!.description).toContain("Kontakt: C01 Anna Hansen");
  expect(text).toContain("Åbne opgaver – JR");
});

test("[TK24] the writer loads on demand (its own chunk in the build)", async () => {
  const writer = await loadTasksCalendar();
  expect(writer).toBe(tasksCalendar);
});
