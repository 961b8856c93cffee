/** Dates in the pane as the language writes them (rule PN14), the order the messages use. */
import { displayDate, readTypedDate } from "./dateText";

test("[PN14] a date shows as 2026-05-01 in English and 01-05-2026 in Danish; blank stays blank", () => {
  expect(displayDate("2026-05-01", "en")).toBe("2026-05-01");
  expect(displayDate("2026-05-01", "da")).toBe("01-05-2026");
  expect(displayDate("", "da")).toBe("");
});

test("[PN14] typed text is read like a date cell: day first with dashes, slashes by language, month names", () => {
  expect(readTypedDate("01-05-2026", "da")).toBe("2026-05-01");
  expect(readTypedDate("01-05-2026", "en")).toBe("2026-05-01");
  expect(readTypedDate("5/1/2026", "en")).toBe("2026-05-01");
  expect(readTypedDate("1/5/2026", "da")).toBe("2026-05-01");
  expect(readTypedDate("1. maj 2026", "da")).toBe("2026-05-01");
  expect(readTypedDate("", "en")).toBe("");
  expect(readTypedDate("31-02-2026", "en")).toBeNull();
  expect(readTypedDate("soon", "en")).toBeNull();
});
