/**
 * CALCDATE (bc-reference.md §10.2): terms applied strictly left to right, each to the previous result.
 * Pure calendar-day arithmetic (see civilDate.ts), so the answer is the same in every time zone.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  formatIsoDate,
  isInSupportedRange,
  isoWeekday,
  parseIsoDate,
  type CivilDate,
} from "./civilDate";
import { parseDateFormula, type DateFormulaTerm, type PeriodUnit } from "./dateFormula";
import { DomainError } from "./records";

const MONTHS_PER_UNIT: Readonly<Record<"M" | "Q" | "Y", number>> = { M: 1, Q: 3, Y: 12 };

function offset(date: CivilDate, unit: PeriodUnit, amount: number): CivilDate {
  if (unit === "D") return addDays(date, amount);
  if (unit === "W") return addDays(date, 7 * amount);
  // Months clamp to the month's last day without sticking to month-end (§10.2, DOC example CQ+1M-10D).
  return addMonths(date, MONTHS_PER_UNIT[unit] * amount);
}

function currentPeriod(date: CivilDate, unit: PeriodUnit, back: boolean): CivilDate {
  const { y, m } = date;
  switch (unit) {
    case "D":
      return date;
    case "W": {
      const wd = isoWeekday(date); // ISO weeks: Monday first, Sunday last
      return addDays(date, back ? 1 - wd : 7 - wd);
    }
    case "M":
      return { y, m, d: back ? 1 : daysInMonth(y, m) };
    case "Q": {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return back ? { y, m: first, d: 1 } : { y, m: first + 2, d: daysInMonth(y, first + 2) };
    }
    case "Y":
      return back ? { y, m: 1, d: 1 } : { y, m: 12, d: 31 };
  }
}

function nextWeekday(date: CivilDate, n: number, back: boolean): CivilDate {
  const wd = isoWeekday(date);
  // Strictly after (before): the same weekday moves a full week (§10.2, DOC `-WD2` on a Tuesday).
  return back ? addDays(date, -(((wd - n + 6) % 7) + 1)) : addDays(date, ((n - wd + 6) % 7) + 1);
}

/**
 * `Dn` / `-Dn`: the next (previous) date whose day-of-month is n, strictly after (before) the base.
 * Reference §10.2 marks n greater than the month's length (e.g. `D31` in April) as NOT FOUND; we clamp
 * to that month's last day (April 29 + `D31` → April 30), the same rule month arithmetic uses.
 */
function nextDayOfMonth(date: CivilDate, n: number, back: boolean): CivilDate {
  const here = Math.min(n, daysInMonth(date.y, date.m));
  if (back ? here < date.d : here > date.d) return { y: date.y, m: date.m, d: here };
  const other = addMonths({ y: date.y, m: date.m, d: 1 }, back ? -1 : 1);
  return { y: other.y, m: other.m, d: Math.min(n, daysInMonth(other.y, other.m)) };
}

function applyTerm(date: CivilDate, term: DateFormulaTerm): CivilDate {
  switch (term.kind) {
    case "offset":
      return offset(date, term.unit, term.amount);
    case "current":
      return currentPeriod(date, term.unit, term.back);
    case "weekday":
      return nextWeekday(date, term.n, term.back);
    case "dayOfMonth":
      return nextDayOfMonth(date, term.n, term.back);
  }
}

/**
 * Applies a BC date formula to an ISO date. Throws DomainError `DATE_FORMULA_SYNTAX` for a malformed
 * formula or base date, and `DATE_OUT_OF_RANGE` when the result falls outside 0001-01-01..9999-12-31.
 */
export function calcDate(formula: string, baseDate: string): string {
  const base = parseIsoDate(baseDate);
  if (base === null) {
    throw new DomainError("DATE_FORMULA_SYNTAX", `Base date "${baseDate}" is not an ISO date YYYY-MM-DD.`);
  }
  const terms = parseDateFormula(formula);
  if (terms === null) {
    throw new DomainError("DATE_FORMULA_SYNTAX", `Date formula "${formula}" is malformed.`);
  }
  const result = terms.reduce(applyTerm, base);
  if (!isInSupportedRange(result)) {
    throw new DomainError("DATE_OUT_OF_RANGE", `Date formula "${formula}" from ${baseDate} leaves 0001..9999.`);
  }
  return formatIsoDate(result);
}

/** True when calcDate would accept the formula (independent of any base date). */
export function isValidDateFormula(formula: string): boolean {
  return parseDateFormula(formula) !== null;
}
