/** The calendar writer (and ical-generator with it) in its own chunk, loaded the first time a calendar is made. */
export const loadTasksCalendar = () =>
  import(/* webpackChunkName: "taskpane-calendar" */ "./tasksCalendar").then((m) => m.tasksCalendar);
