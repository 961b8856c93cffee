/**
 * The tabs that are not on the first screen load on first use (#14 item 7, rule SP1): each is its own chunk,
 * `taskpane-<tab>.<hash>.js`, so the pane's first screen parses less. A small spinner shows while one loads.
 */
import { Spinner, SpinnerSize } from "@fluentui/react";
import { lazy, Suspense } from "react";
import type { ReactNode } from "react";

export const SegmentsTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-segments" */ "./components/SegmentsTab").then((m) => ({
    default: m.SegmentsTab,
  })),
);
export const PriceCheckTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-price-check" */ "./components/PriceCheckTab").then((m) => ({
    default: m.PriceCheckTab,
  })),
);
/** The campaign card (its calendar and activation) is below the list on the Campaigns tab: its own chunk too. */
export const CampaignCard = lazy(() =>
  import(/* webpackChunkName: "taskpane-campaign-card" */ "./components/CampaignCard").then((m) => ({
    default: m.CampaignCard,
  })),
);
export const TasksTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-tasks" */ "./components/TasksTab").then((m) => ({
    default: m.TasksTab,
  })),
);
export const IssuesTab = lazy(() =>
  import(/* webpackChunkName: "taskpane-issues" */ "./components/IssuesTab").then((m) => ({
    default: m.IssuesTab,
  })),
);

/** A lazy tab inside its Suspense boundary, with a small spinner while its chunk loads. */
export function LazyTab({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Spinner size={SpinnerSize.small} styles={{ root: { paddingTop: 16 } }} />}>
      {children}
    </Suspense>
  );
}
