import { Stack, Text } from "@fluentui/react";
import type { ReactNode } from "react";
import type { BindingView } from "../../sync";
import { useEngine, useEngineState } from "../EngineContext";
import { ENTITY_GROUPS } from "../entityGroups";
import { entityName, t } from "../i18n";
import { BindingCard } from "./BindingCard";
import { CreateSetupSheets } from "./CreateSetupSheets";

/** The Sheets tab: one card per record kind, grouped, then each campaign's own price and discount sheets. */
export function BindingsPanel() {
  const engine = useEngine();
  const lang = engine.lang;
  const { bindings } = useEngineState();
  const scoped = bindings
    .filter((b) => b.scope)
    .sort((a, b) => scopeNo(a).localeCompare(scopeNo(b)) || a.entity.localeCompare(b.entity));
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="bindings-panel">
      <CreateSetupSheets />
      {ENTITY_GROUPS.map((group) => (
        <Group key={group.heading} heading={t(lang, group.heading)} testId={group.heading}>
          {group.entities.map((entity) => (
            <BindingCard
              key={entity}
              entity={entity}
              title={entityName(lang, entity)}
              view={bindings.find((b) => b.entity === entity && !b.scope)}
              lang={lang}
              testId={`binding-${entity}`}
            />
          ))}
        </Group>
      ))}
      {scoped.length > 0 && (
        <Group heading={t(lang, "group_perCampaign")} testId="group_perCampaign">
          {scoped.map((view) => (
            <BindingCard
              key={view.id}
              entity={view.entity}
              title={t(lang, view.scope?.segmentNo ? "segmentSheetTitle" : "scopedSheetTitle", {
                entity: entityName(lang, view.entity),
                no: scopeNo(view),
              })}
              view={view}
              lang={lang}
              testId={`binding-${view.entity}-${scopeNo(view)}`}
            />
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** The campaign or segment a scoped sheet belongs to. */
function scopeNo(view: BindingView): string {
  return view.scope?.campaignNo ?? view.scope?.segmentNo ?? "";
}

function Group({ heading, testId, children }: { heading: string; testId: string; children: ReactNode }) {
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-label={heading} data-testid={testId}>
      <Text variant="large" as="h2" styles={{ root: { margin: 0, fontWeight: 600 } }}>
        {heading}
      </Text>
      {children}
    </Stack>
  );
}
