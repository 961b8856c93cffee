import { Link, Stack, Text, ThemeProvider } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import { useState } from "react";
import type { ReactNode } from "react";
import type { IsoDate } from "../domain";
import type { SyncEngine } from "../sync";
import { BindingsPanel } from "./components/BindingsPanel";
import { CampaignList } from "./components/CampaignList";
import { CopyPrompt } from "./components/CopyPrompt";
import { StatusBar } from "./components/StatusBar";
import { StorageStatus } from "./components/StorageStatus";
import { TabStrip } from "./components/TabStrip";
import { UndoDelete } from "./components/UndoDelete";
import { EngineProvider, useEngine, useEngineState } from "./EngineContext";
import { t } from "./i18n";
import { CampaignCard, IssuesTab, LazyTab, PriceCheckTab, SegmentsTab, TasksTab } from "./lazyTabs";
import { DEFAULT_HOST, PaneHostContext } from "./PaneHost";
import type { PaneHost } from "./PaneHost";
import { MessageBar, MessageBarType } from "./components/MessageBar";

/**
 * `today` defaults the new segment's date and the price check's date (from the composition root's clock); `host` is
 * what the host allows (downloads), as the composition root found it.
 */
export function App({
  engine,
  theme,
  today,
  host,
}: {
  engine: SyncEngine;
  theme: Theme;
  today: IsoDate;
  host?: PaneHost;
}) {
  const vars = {
    "--cd-border": theme.palette.neutralLight,
    "--cd-error": theme.semanticColors.errorText,
    "--cd-warning": theme.palette.orangeLighter,
    "--cd-accent": theme.palette.themePrimary,
    "--cd-accent-soft": theme.palette.themeTertiary,
    "--cd-muted": theme.palette.neutralTertiary,
  } as React.CSSProperties;
  return (
    <ThemeProvider theme={theme} style={{ ...vars, height: "100%" }}>
      <EngineProvider engine={engine}>
        <PaneHostContext.Provider value={host ?? DEFAULT_HOST}>
          <Shell today={today} />
        </PaneHostContext.Provider>
      </EngineProvider>
    </ThemeProvider>
  );
}

const lazy = (tab: ReactNode) => <LazyTab>{tab}</LazyTab>;

function Shell({ today }: { today: IsoDate }) {
  const engine = useEngine();
  const { issues, copy } = useEngineState();
  const lang = engine.lang;
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState("sheets");
  const conflicts = issues.filter((i) => i.conflict !== undefined).length;
  return (
    <Stack styles={{ root: { height: "100%" } }}>
      <Stack styles={{ root: { padding: "8px 10px 0" } }}>
        <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
          {t(lang, "appTitle")}
        </Text>
      </Stack>
      {copy && (
        // Nothing is checked until the person chooses: the prompt is all the pane shows.
        <Stack.Item disableShrink styles={{ root: { padding: "8px 10px" } }}>
          <CopyPrompt />
        </Stack.Item>
      )}
      {!copy && conflicts > 0 && tab !== "issues" && (
        <Stack.Item disableShrink>
          <MessageBar messageBarType={MessageBarType.severeWarning} data-testid="conflicts-banner">
            {t(lang, "conflictsTitle", { count: conflicts })}{" "}
            <Link onClick={() => setTab("issues")} data-testid="conflicts-open">
              {t(lang, "tabIssues")}
            </Link>
          </MessageBar>
        </Stack.Item>
      )}
      <Stack.Item
        grow
        styles={{
          root: {
            overflowY: "auto",
            // A scroll bar that comes and goes would change the tab strip's width, moving tabs in and out of its menu.
            scrollbarGutter: "stable",
            overflowX: "hidden",
            minWidth: 0,
            padding: "0 10px",
            ...(copy ? { display: "none" } : {}),
          },
        }}
      >
        <TabStrip
          ariaLabel={t(lang, "appTitle")}
          moreLabel={t(lang, "moreTabs")}
          selectedKey={tab}
          onSelect={setTab}
          items={[
            {
              key: "sheets",
              text: t(lang, "tabSheets"),
              content: (
                <Stack styles={{ root: { paddingTop: 8 } }}>
                  <BindingsPanel />
                </Stack>
              ),
            },
            {
              key: "campaigns",
              text: t(lang, "tabCampaigns"),
              content: (
                <Stack tokens={{ childrenGap: 12 }} styles={{ root: { paddingTop: 8 } }}>
                  <CampaignList selectedRowId={selected} onSelect={setSelected} />
                  <LazyTab>
                    <CampaignCard rowId={selected} onSaved={setSelected} />
                  </LazyTab>
                </Stack>
              ),
            },
            { key: "segments", text: t(lang, "tabSegments"), content: lazy(<SegmentsTab today={today} />) },
            { key: "priceCheck", text: t(lang, "tabPriceCheck"), content: lazy(<PriceCheckTab today={today} />) },
            { key: "tasks", text: t(lang, "tabTasks"), content: lazy(<TasksTab today={today} />) },
            { key: "issues", text: t(lang, "tabIssues"), count: issues.length, content: lazy(<IssuesTab />) },
          ]}
        />
      </Stack.Item>
      <Stack styles={{ root: { padding: "0 10px" } }}>
        <UndoDelete />
        <StorageStatus />
      </Stack>
      <StatusBar />
    </Stack>
  );
}
