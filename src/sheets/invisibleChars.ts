/**
 * Invisible characters in codes (PS7): Unicode format characters (zero-width spaces and joiners, soft hyphens,
 * byte order marks, direction marks) and no-break spaces come along when people paste from web pages and other
 * systems, and make an existing code look unknown. At either end they are padding and are stripped; inside a code
 * they are named, so the person can find and delete what they cannot see.
 */
import type { Lang } from "../domain";

/** Format characters (Cf) and the no-break spaces, which `String.prototype.trim` keeps or which sit inside text. */
const INVISIBLE = /[\p{Cf}\u00a0\u2007\u202f]/u;
const PADDING = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;

const NAMES: Record<number, { en: string; da: string }> = {
  0x00a0: { en: "no-break space", da: "hårdt mellemrum" },
  0x00ad: { en: "soft hyphen", da: "blød bindestreg" },
  0x2007: { en: "figure space", da: "tal-mellemrum" },
  0x200b: { en: "zero-width space", da: "mellemrum uden bredde" },
  0x200c: { en: "zero-width non-joiner", da: "usynlig adskiller" },
  0x200d: { en: "zero-width joiner", da: "usynlig sammenbinder" },
  0x200e: { en: "left-to-right mark", da: "venstre-mod-højre-mærke" },
  0x200f: { en: "right-to-left mark", da: "højre-mod-venstre-mærke" },
  0x202f: { en: "narrow no-break space", da: "smalt hårdt mellemrum" },
  0x2060: { en: "word joiner", da: "ordsammenbinder" },
  0xfeff: { en: "byte order mark", da: "byte order mark" },
};

/** Whether `text` holds an invisible character anywhere (cheap test before the rest). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** `text` without invisible characters and white space at either end. */
export function stripPadding(text: string): string {
  return text.replace(PADDING, "");
}

/** The first invisible character inside `text`: its name in `lang` with its code point, and the text before it. */
export function firstInvisible(text: string, lang: Lang): { name: string; before: string } | null {
  const match = INVISIBLE.exec(text);
  if (!match) return null;
  const point = match[0].codePointAt(0) ?? 0;
  const hex = `U+${point.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[point]?.[lang];
  return { name: name ? `${name}, ${hex}` : hex, before: text.slice(0, match.index) };
}
