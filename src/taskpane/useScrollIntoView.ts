import { useEffect, useRef } from "react";

/**
 * A ref for a result that appears below the button that made it: whenever `shown` changes to something, the
 * element is scrolled into view (the nearest edge, so a visible result does not jump).
 */
export function useScrollIntoView<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [shown]);
  return ref;
}
