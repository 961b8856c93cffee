/** Spreadsheet column letters and A1 addresses (0-based coordinates in, Excel names out). */

/** 0 → "A", 25 → "Z", 26 → "AA" (bijective base 26, as Excel numbers columns). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26; the inverse of `columnLetters`. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
