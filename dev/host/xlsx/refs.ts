/** Cell references as a file writes them: "B2", "A1:C10"; a sqref is a space-separated list of them. */
import { columnLetters, parseLocalAddress, type Rect } from "../../excel-sim/model/address";

/** Always cell corners ("B1:B1048576", never "B:B"): ST_Ref and ST_Sqref hold cell references. */
export function refOf(rect: Rect): string {
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

export function sqrefOf(rects: readonly Rect[]): string {
  return rects.map(refOf).join(" ");
}

/** A reference ("A1:C3", "$B$2", "B:B") as a rectangle, or null when it is not one. */
export function rectOf(ref: string): Rect | null {
  try {
    return parseLocalAddress(ref);
  } catch {
    return null;
  }
}

export function rectsOf(sqref: string | undefined): Rect[] {
  return (sqref ?? "")
    .split(/\s+/)
    .filter((s) => s !== "")
    .flatMap((s) => rectOf(s) ?? []);
}
