/** A question put to the user in a dialog while an engine operation waits for the answer. */
import { useCallback, useEffect, useRef, useState } from "react";

export interface PendingAnswer<Q, A> {
  /** The open question, or null when no dialog is open. */
  question: Q | null;
  /** Opens the dialog; resolves with the user's answer. */
  ask: (question: Q) => Promise<A>;
  /** Closes the dialog with this answer. */
  answer: (a: A) => void;
}

/**
 * The waiting operation holds the engine's queue, so it must always get an answer: when the component goes away
 * with the dialog open (the tab is left, the campaign changes) it is answered with `onUnmount`.
 */
export function usePendingAnswer<Q, A>(onUnmount: A): PendingAnswer<Q, A> {
  const [pending, setPending] = useState<{ question: Q; resolve: (a: A) => void } | null>(null);
  const latest = useRef(pending);
  useEffect(() => {
    latest.current = pending;
  }, [pending]);
  useEffect(() => () => latest.current?.resolve(onUnmount), []); // eslint-disable-line react-hooks/exhaustive-deps
  const ask = useCallback((question: Q) => new Promise<A>((resolve) => setPending({ question, resolve })), []);
  const answer = (a: A) => {
    pending?.resolve(a);
    setPending(null);
  };
  return { question: pending?.question ?? null, ask, answer };
}
