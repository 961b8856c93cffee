/** One provider hands the engine to every component; hooks read its state and live store rows. */
import { useObservable } from "dexie-react-hooks";
import { createContext, useContext, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { EntityKind } from "../domain";
import type { EngineState, SyncEngine } from "../sync";

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
  // The third argument serves server rendering (the pane's static-render tests); the pane itself never is.
  return useSyncExternalStore(engine.subscribe, engine.getState, engine.getState);
}

/** All stored rows of an entity, live: re-rendered after every commit. */
export function useLiveRows<E extends EntityKind>(entity: E) {
  const engine = useEngine();
  return useObservable(() => engine.liveRows(entity), [engine, entity]) ?? [];
}
