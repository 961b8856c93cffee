import { FIELD_LABELS } from "./messageCatalog";
import { formatMessage, makeIssue, messageCodes } from "./messages";

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

/** Codes the validators, number series and calcDate emit; each must have catalog text. */
const EMITTED = [
  "KEY_REQUIRED",
  "CODE_TOO_LONG",
  "CODE_INVALID_CHARS",
  "TEXT_TOO_LONG",
  "DUPLICATE_KEY",
  "INVALID_DATE",
  "CAMPAIGN_DATES_ORDER",
  "UNKNOWN_STATUS",
  "UNKNOWN_SALESPERSON",
  "SALESPERSON_BLOCKED",
  "INVALID_EMAIL",
  "NUMBER_SERIES_NO_DIGITS",
  "MANUAL_NO_NOT_ALLOWED",
  "DATE_FORMULA_SYNTAX",
  "DATE_OUT_OF_RANGE",
];

describe("[§2] every message exists in English and Danish", () => {
  test("the catalog covers every emitted code", () => {
    expect(messageCodes()).toEqual(expect.arrayContaining(EMITTED));
  });

  test.each(messageCodes())("%s has distinct en and da texts with the same placeholders", (code) => {
    const params = {};
    const en = formatMessage(code, params, "en");
    const da = formatMessage(code, params, "da");
    expect(en).not.toBe(code);
    expect(da).not.toBe(code);
    expect(en).not.toBe(da);
    expect(placeholders(da)).toEqual(placeholders(en));
  });

  test.each(Object.keys(FIELD_LABELS))("field label %s exists in both languages", (field) => {
    expect(formatMessage("KEY_REQUIRED", { field }, "en")).not.toContain("{field}");
    expect(formatMessage("KEY_REQUIRED", { field }, "da")).not.toContain("{field}");
  });
});

describe("formatMessage", () => {
  test("[PS10] CAMPAIGN_DATES_ORDER names both dates as each language writes them and says what to do", () => {
    const params = { startingDate: "2026-05-01", endingDate: "2026-04-01" };
    expect(formatMessage("CAMPAIGN_DATES_ORDER", params, "en")).toBe(
      "Starting date 2026-05-01 is after ending date 2026-04-01. Change one of the dates.",
    );
    expect(formatMessage("CAMPAIGN_DATES_ORDER", params, "da")).toBe(
      "Startdatoen 01-05-2026 ligger efter slutdatoen 01-04-2026. Ret en af datoerne.",
    );
  });

  test("{field} is shown as the field's label in the user's language; unknown fields show their name", () => {
    expect(formatMessage("KEY_REQUIRED", { field: "no" }, "en")).toContain("No.");
    expect(formatMessage("KEY_REQUIRED", { field: "no" }, "da")).toContain("Nr.");
    expect(formatMessage("KEY_REQUIRED", { field: "zipCode" }, "da")).toContain("zipCode");
  });

  test("numbers are substituted and a missing parameter stays visible", () => {
    const text = formatMessage("TEXT_TOO_LONG", { field: "description", max: 100 }, "en");
    expect(text).toContain("100");
    expect(text).toContain("{length}");
  });

  test("an unknown code gives the code plus its params and never throws", () => {
    expect(formatMessage("NO_SUCH_CODE", {}, "en")).toBe("NO_SUCH_CODE");
    expect(formatMessage("NO_SUCH_CODE", { a: 1, b: "x" }, "da")).toBe("NO_SUCH_CODE (a=1, b=x)");
    expect(formatMessage("constructor", {}, "en")).toBe("constructor");
    expect(formatMessage("__proto__", { k: 2 }, "en")).toBe("__proto__ (k=2)");
  });
});

test("makeIssue carries row, field, code, severity, params and the formatted message", () => {
  const params = { code: "XYZ" };
  const issue = makeIssue(7, "statusCode", "UNKNOWN_STATUS", "error", params, "da");
  expect(issue).toEqual({
    row: 7,
    field: "statusCode",
    code: "UNKNOWN_STATUS",
    severity: "error",
    params,
    message: formatMessage("UNKNOWN_STATUS", params, "da"),
  });
  expect(issue.message).toContain("XYZ");
});
