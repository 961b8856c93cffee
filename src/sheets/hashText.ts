/**
 * A fast, non-cryptographic 64-bit hash of a row's canonical text, to tell changed rows from unchanged ones.
 * Two 32-bit FNV-1a passes over UTF-16 code units (different offset bases; the second also mixes its state
 * each step and ends with a murmur finaliser) make accidental collisions across 100,000 rows vanishingly unlikely.
 * The FNV prime multiply is written as shifts: Math.imul is slow inside jest's VM context.
 */

/** 16 lower-case hex digits. */
export function hashText(s: string): string {
  return new TextHash().add(s).digest();
}

/**
 * hashText of texts added in turn, without joining them first: `add(a).add(b).digest()` is `hashText(a + b)`, so a
 * record's fields are hashed as its canonical text without building that text for each of 500k rows (SP61).
 */
export class TextHash {
  private h1 = 0x811c9dc5;
  private h2 = 0x2f3a9b71;

  add(s: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 ^= c;
      h1 += (h1 << 1) + (h1 << 4) + (h1 << 7) + (h1 << 8) + (h1 << 24); // × 16777619 mod 2^32
      h2 ^= c;
      h2 += (h2 << 1) + (h2 << 4) + (h2 << 7) + (h2 << 8) + (h2 << 24);
      h2 ^= h2 >>> 15;
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  digest(): string {
    let h2 = this.h2;
    h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
    h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
    h2 ^= h2 >>> 16;
    const h1 = this.h1;
    const hi = (shift: number) => hexDigit(h1, shift);
    const lo = (shift: number) => hexDigit(h2, shift);
    // One flat string of 16 characters: joining two 8-digit texts made a rope of three strings (about 80 bytes, not
    // 32), and a plan keeps 500k hashes (SP61).
    // prettier-ignore
    return String.fromCharCode(
      hi(28), hi(24), hi(20), hi(16), hi(12), hi(8), hi(4), hi(0),
      lo(28), lo(24), lo(20), lo(16), lo(12), lo(8), lo(4), lo(0),
    );
  }
}

/** The character code of the hex digit of `n` at bit `shift` (0-9, a-f). */
function hexDigit(n: number, shift: number): number {
  const d = (n >>> shift) & 15;
  return d < 10 ? 48 + d : 87 + d;
}
