/** Test support: renders a pane component to static HTML around a fake engine that records its calls. */
import { setIconOptions } from "@fluentui/react";
import { createElement } from "react";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Lang } from "../domain";
import { INITIAL_STATE } from "../sync";
import type { BindingView, EngineState, RowIssue, SyncEngine } from "../sync";
import { EngineProvider } from "./EngineContext";

// Icon fonts are registered by mountTaskpane, which tests do not run; missing glyphs do not matter here.
setIconOptions({ disableWarnings: true });

const unused = () => {
  throw new Error("not used by the component under test");
};

/** A live query that never emits (static rendering never subscribes anyway). */
const silent = () => ({ subscribe: () => ({ unsubscribe: () => undefined }) });

/** An engine whose state is fixed; the components under test only read it. `overrides` replace methods. */
export function fakeEngine(
  state: Partial<EngineState>,
  lang: Lang = "en",
  overrides: Partial<SyncEngine> = {},
): SyncEngine {
  const full: EngineState = { ...INITIAL_STATE, ...state };
  const engine: SyncEngine = {
    lang,
    start: unused,
    bind: unused,
    recreate: unused,
    reconcile: unused,
    reconcileAll: unused,
    cancel: unused,
    paneFocused: unused,
    saveCampaign: unused,
    selectIssue: unused,
    resolveConflict: unused,
    resolveCopy: unused,
    retryStorage: unused,
    undoDelete: unused,
    showRecord: unused,
    campaignStatistics: unused,
    salespersonTasks: unused,
    campaignTaskCounts: unused,
    writeStatisticsSheet: unused,
    refreshLineCounts: unused,
    saveSegment: unused,
    previewSegment: unused,
    deleteSegment: unused,
    addContacts: unused,
    removeContacts: unused,
    logSegment: unused,
    assignActivity: unused,
    activateCampaign: unused,
    deactivateCampaign: unused,
    priceCheck: unused,
    liveSegments: silent,
    liveTargetGroups: silent,
    liveRows: silent,
    idle: unused,
    getState: () => full,
    subscribe: () => () => undefined,
    dispose: unused,
    ...overrides,
  };
  return engine;
}

export function renderWith(engine: SyncEngine, element: ReactElement): string {
  return renderToStaticMarkup(createElement(EngineProvider, { engine, children: element }));
}

/** The opening tag of the element with this data-testid (its attributes), or null. */
export function tagOf(html: string, testId: string): string | null {
  return new RegExp(`<[^<>]*data-testid="${testId}"[^<>]*>`).exec(html)?.[0] ?? null;
}

/** The text inside the element with this data-testid, tags stripped (up to its first closing tag of that name). */
export function textOf(html: string, testId: string): string | null {
  const tag = tagOf(html, testId);
  if (!tag) return null;
  const start = html.indexOf(tag) + tag.length;
  const name = /^<(\w+)/.exec(tag)?.[1] ?? "";
  const end = html.indexOf(`</${name}>`, start);
  return unescapeHtml(html.slice(start, end).replace(/<[^>]*>/g, ""));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'" };

/** Text as the user reads it (React escapes quotes and ampersands in markup). */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27);/g, (_, name: string) => ENTITIES[name] ?? "");
}

export function binding(view: Partial<BindingView> & Pick<BindingView, "id" | "entity">): BindingView {
  const base = { tableName: `T_${view.id}`, sheetName: view.id, hidden: false, health: "ok" as const };
  return { ...base, problems: [], rows: 0, issueCount: 0, ...view };
}

export function issue(bindingId: string, rowIndex: number, severity: RowIssue["severity"], code = "X"): RowIssue {
  return { bindingId, rowIndex, colIndex: 0, field: "f", code, severity, message: code, rowKey: "" };
}
