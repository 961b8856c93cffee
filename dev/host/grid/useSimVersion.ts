/** Re-render on workbook changes, at most once per animation frame (a bulk write notifies thousands of times). */
import { useCallback, useEffect, useState } from "react";
import type { SimUserApi } from "../../excel-sim/simUserApi";

/** Returns a version that changes after sim notifications, and `refresh` to re-render at once after our own edits. */
export function useSimVersion(sim: SimUserApi): [number, () => void] {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame: number | null = null;
    const unsubscribe = sim.subscribe(() => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        setVersion((v) => v + 1);
      });
    });
    // Changes between the first render and subscribing would otherwise go unseen.
    setVersion((v) => v + 1);
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [sim]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return [version, refresh];
}
