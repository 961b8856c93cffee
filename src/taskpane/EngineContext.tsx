/** One provider hands the engine to every component; hooks read its state and live store rows. */
import { useObservable } from "dexie-react-hooks";
import { createContext, useContext, useMemo, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { EntityKind, SegmentHeader } from "../domain";
// Not (yet) exported by the domain's index.
import type { CampaignTargetGroup } from "../domain";
import type { EngineState, SyncEngine } from "../sync";
import { shownStateOf } from "./shownState";

const EngineContext = createContext<SyncEngine | null>(null);

export function EngineProvider({ engine, children }: { engine: SyncEngine; children: ReactNode }) {
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

export function useEngine(): SyncEngine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error("useEngine outside EngineProvider");
  return engine;
}

export function useEngineState(): EngineState {
  const engine = useEngine();
  // At most one render per SHOW_EVERY_MS while the engine is busy (SP30). The third argument serves server rendering
  // (the pane's static-render tests); the pane itself never is.
  const shown = shownStateOf(engine);
  return useSyncExternalStore(shown.subscribe, shown.get, shown.get);
}

/** All stored rows of an entity, live: re-rendered after every commit. */
export function useLiveRows<E extends EntityKind>(entity: E) {
  const engine = useEngine();
  return useObservable(() => engine.liveRows(entity), [engine, entity]) ?? [];
}

/** Stored campaigns by no., live (the store keeps them in buckets, in no particular order). */
export function useLiveCampaigns() {
  const campaigns = useLiveRows("campaign");
  return useMemo(() => [...campaigns].sort((a, b) => a.no.localeCompare(b.no)), [campaigns]);
}

/** Every segment header, live. */
export function useLiveSegments(): SegmentHeader[] {
  const engine = useEngine();
  return useObservable(() => engine.liveSegments(), [engine]) ?? [];
}

const NO_ROWS = { subscribe: (next: (rows: CampaignTargetGroup[]) => void) => (next([]), { unsubscribe() {} }) };

/** A campaign's target-group rows, live; undefined until first read. Re-read when the engine says they may have changed. */
export function useTargetGroups(campaignNo: string | null): CampaignTargetGroup[] | undefined {
  const engine = useEngine();
  const { targetGroupsVersion } = useEngineState();
  return useObservable(
    () => (campaignNo ? engine.liveTargetGroups(campaignNo) : NO_ROWS),
    [engine, campaignNo, targetGroupsVersion],
  );
}
