/** BC field lengths (bc-reference.md §1, §2, §11.1) and the small helpers every rule uses on codes and texts. */

export const CODE10 = 10;
export const CODE20 = 20;
export const TEXT50 = 50;
export const TEXT80 = 80;
export const TEXT100 = 100;

/** A BC code is stored trimmed and upper-case; nothing else is changed (inner spaces stay). */
export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

// C0 and C1 control characters (tab, line feed, …): a paste from another program can carry them.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControlChars(s: string): boolean {
  return CONTROL_CHARS.test(s);
}

/**
 * Length in characters as BC counts them (code points), so an emoji counts once. Callers test `s.length` first:
 * a string never has more code points than UTF-16 units, so only over-long strings need this loop.
 */
export function textLength(s: string): number {
  let surrogates = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
  }
  return s.length - surrogates;
}

/** A deliberately loose plausibility check: one `@`, no spaces, a dot inside the domain part. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isPlausibleEmail(s: string): boolean {
  return EMAIL.test(s);
}

/**
 * An e-mail address as BC's CheckValidEmailAddress accepts it (domain-rules §2, PS9): exactly one `@`, with text on
 * both sides, and no spaces. BC refuses anything else, so the add-in does too (an error, not a warning).
 */
export function isBcEmail(s: string): boolean {
  const at = s.indexOf("@");
  return at > 0 && at < s.length - 1 && s.indexOf("@", at + 1) < 0 && !/\s/.test(s);
}
