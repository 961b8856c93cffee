/**
 * BC wildcard matching without backtracking (F1): `*` is any run of characters, `?` exactly one character (a code
 * point), everything else itself. A RegExp built from such a pattern backtracks: `*a*a*a…*b` against a long run of
 * `a` takes time exponential in the number of stars. Here the pattern is split at its stars into segments; the
 * first segment must match at the start, the last at the end, and each middle segment is found at its leftmost
 * place after the previous one (leftmost is always right: anything a later place allows, the leftmost allows too).
 * A segment is found with the Shift-And automaton (one bit per pattern position, `?` positions always on), so the
 * value is scanned once from left to right: time is the value's length times ⌈segment length / 32⌉, whatever the
 * number of stars.
 */

/** One position of a wildcard pattern: `*`, or one character: a literal code point, or `?` (`cp: null`). */
export type WildcardToken = { star: true } | { star: false; cp: string | null };

/** A segment between stars: its Shift-And masks, one bit per position, in 32-bit words. */
interface Segment {
  length: number;
  words: number;
  masks: Map<string, Uint32Array>; // a literal's positions, with every `?` position
  any: Uint32Array; // the `?` positions: the mask of a character the segment does not name
}

function segmentOf(tokens: readonly WildcardToken[]): Segment {
  const length = tokens.length;
  const words = Math.max(1, Math.ceil(length / 32));
  const any = new Uint32Array(words);
  tokens.forEach((t, i) => {
    if (!t.star && t.cp === null) any[i >>> 5] = (any[i >>> 5]! | (1 << (i & 31))) >>> 0;
  });
  const masks = new Map<string, Uint32Array>();
  tokens.forEach((t, i) => {
    if (t.star || t.cp === null) return;
    const mask = masks.get(t.cp) ?? Uint32Array.from(any);
    mask[i >>> 5] = (mask[i >>> 5]! | (1 << (i & 31))) >>> 0;
    masks.set(t.cp, mask);
  });
  return { length, words, masks, any };
}

/** Whether `seg` matches `value` exactly at `at` (used for the anchored first and last segments). */
function matchesAt(seg: Segment, value: readonly string[], at: number): boolean {
  if (at < 0 || at + seg.length > value.length) return false;
  for (let i = 0; i < seg.length; i++) {
    const mask = seg.masks.get(value[at + i]!) ?? seg.any;
    if (((mask[i >>> 5]! >>> (i & 31)) & 1) === 0) return false;
  }
  return true;
}

/** The end (exclusive) of the leftmost match of `seg` in `value[from..to)`, or -1: one left-to-right scan. */
function findEnd(seg: Segment, value: readonly string[], from: number, to: number): number {
  if (seg.length === 0) return from;
  const state = new Uint32Array(seg.words);
  const lastWord = (seg.length - 1) >>> 5;
  const lastBit = (seg.length - 1) & 31;
  for (let p = from; p < to; p++) {
    const mask = seg.masks.get(value[p]!) ?? seg.any;
    let carry = 1; // a match may start at every position
    for (let w = 0; w < seg.words; w++) {
      const next = state[w]! >>> 31;
      state[w] = (((state[w]! << 1) | carry) & mask[w]!) >>> 0;
      carry = next;
    }
    if ((state[lastWord]! >>> lastBit) & 1) return p + 1;
  }
  return -1;
}

/**
 * Compiles a wildcard pattern to a test of a value given as its code points (`Array.from(text)`). Both sides
 * must already be in the same case form (the caller folds them).
 */
export function compileWildcard(pattern: readonly WildcardToken[]): (value: readonly string[]) => boolean {
  const parts: WildcardToken[][] = [[]];
  for (const t of pattern) {
    if (t.star) parts.push([]);
    else parts.at(-1)!.push(t);
  }
  const segments = parts.map(segmentOf);
  const head = segments[0]!;
  if (segments.length === 1) return (value) => value.length === head.length && matchesAt(head, value, 0);
  const tail = segments.at(-1)!;
  const middle = segments.slice(1, -1);
  return (value) => {
    if (!matchesAt(head, value, 0)) return false;
    const tailStart = value.length - tail.length;
    let pos = head.length;
    for (const seg of middle) {
      pos = findEnd(seg, value, pos, tailStart);
      if (pos < 0) return false;
    }
    return pos <= tailStart && matchesAt(tail, value, tailStart);
  };
}
