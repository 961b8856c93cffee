/** Number series rules: code required (Code20) and unique; startingNo and lastNoUsed Code20 and countable. */
import { CODE20, normalizeCode } from "./codes";
import { asText, checkCodeShape, checkKey, checkOptionalCode, IssueList, markDuplicates } from "./fieldChecks";
import { hasDigit } from "./numberSeries";
import type { Issue, Lang, NumberSeries } from "./records";

function checkCountable(out: IssueList, row: number, field: string, no: string): void {
  if (!hasDigit(no)) out.error(row, field, "NUMBER_SERIES_NO_DIGITS", { field, value: no });
}

/** Validates number series; startingNo must contain a digit, lastNoUsed too when it is set. */
export function validateNumberSeries(rows: readonly NumberSeries[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((s, row) => {
    keys.push(checkKey(out, row, "code", s.code, CODE20));
    // startingNo is required and must be countable: a blank one is reported as having no digits.
    const startingNo = normalizeCode(asText(s.startingNo));
    if (startingNo === "" || checkCodeShape(out, row, "startingNo", startingNo, CODE20)) {
      checkCountable(out, row, "startingNo", startingNo);
    }
    const lastNoUsed = checkOptionalCode(out, row, "lastNoUsed", s.lastNoUsed, CODE20);
    if (lastNoUsed !== "") checkCountable(out, row, "lastNoUsed", lastNoUsed);
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}
