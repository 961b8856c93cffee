import { Stack, Text } from "@fluentui/react";
import type { IsoDate } from "../../domain";
import { useEngine } from "../EngineContext";
import { t } from "../i18n";
import { AssignActivitySection } from "./AssignActivitySection";
import { MyTasksCalendarSection } from "./MyTasksCalendarSection";

/** The Tasks tab (issue #18): assign an activity, and a salesperson's open tasks as a calendar. */
export function TasksTab({ today }: { today: IsoDate }) {
  const engine = useEngine();
  const lang = engine.lang;
  void today;
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 8 } }}>
      <Text variant="small">{t(lang, "tasksIntro")}</Text>
      <AssignActivitySection today={today} />
      <MyTasksCalendarSection />
    </Stack>
  );
}
