/** "My tasks calendar" in the Tasks tab (TK24): Copy everywhere, Download only where the host allows downloads. */
import { createElement } from "react";
import { fakeEngine, renderWith, tagOf, textOf } from "../paneTestKit";
import { PaneHostContext } from "../PaneHost";
import { calendarFileName } from "../calendar/calendarOutput";
import { MyTasksCalendarSection } from "./MyTasksCalendarSection";
import { TasksTab } from "./TasksTab";

const render = (downloads: boolean, lang: "en" | "da" = "en") =>
  renderWith(
    fakeEngine({}, lang),
    createElement(PaneHostContext.Provider, { value: { downloads } }, createElement(MyTasksCalendarSection)),
  );

test("[TK24] where downloads work the section offers Copy calendar and Download .ics", () => {
  const html = render(true);
  expect(textOf(html, "calendar-copy")).toContain("Copy calendar");
  expect(textOf(html, "calendar-download")).toContain("Download .ics");
  expect(tagOf(html, "calendar-no-download")).toBeNull();
  expect(tagOf(html, "calendar-salesperson")).not.toBeNull();
});

test("[TK24] in Excel on Mac (no downloads) only Copy is offered, with a note saying why", () => {
  const html = render(false);
  expect(tagOf(html, "calendar-copy")).not.toBeNull();
  expect(tagOf(html, "calendar-download")).toBeNull();
  expect(textOf(html, "calendar-no-download")).toContain("Excel on Mac cannot download files");
  expect(textOf(render(false, "da"), "calendar-no-download")).toContain("Excel på Mac");
});

test("[TK24] the Tasks tab shows the calendar section; downloads are assumed where no host says otherwise", () => {
  const html = renderWith(fakeEngine({}), createElement(TasksTab, { today: "2026-11-27" }));
  expect(tagOf(html, "tasks-calendar")).not.toBeNull();
  expect(tagOf(html, "calendar-download")).not.toBeNull();
  expect(calendarFileName("JR")).toBe("tasks-JR.ics");
  expect(calendarFileName("A/B")).toBe("tasks-A_B.ics");
});
