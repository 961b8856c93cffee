import { DatePicker, DayOfWeek, defaultDatePickerStrings } from "@fluentui/react";
import type { IDatePickerStrings } from "@fluentui/react";
import { useMemo } from "react";
import type { Lang } from "../../domain";
import { calendarNames, DATE_PATTERN, dayToIso, displayDate, isoToDay, readTypedDate } from "../dateText";
import { t } from "../i18n";

interface Props {
  label: string;
  /** ISO date or "". */
  value: string;
  onChange: (iso: string) => void;
  errorMessage: string;
  lang: Lang;
  testId: string;
}

/**
 * A date field with a calendar, showing and reading dates in the person's language's order (rule PN14): 2026-05-01
 * in English, 01-05-2026 in Danish, the order the messages use, with the order named under the field. Typed text is
 * read like a date cell (1-5-2026, 1 May 2026…); a cleared field is a blank date.
 */
export function DateField({ label, value, onChange, errorMessage, lang, testId }: Props) {
  const strings: IDatePickerStrings = useMemo(
    () => ({
      ...defaultDatePickerStrings,
      ...calendarNames(lang),
      goToToday: t(lang, "dateGoToToday"),
      invalidInputErrorMessage: t(lang, "dateInvalid", { pattern: DATE_PATTERN[lang] }),
    }),
    [lang],
  );
  const day = isoToDay(value);
  return (
    <DatePicker
      label={label}
      allowTextInput
      value={(day ?? null) as Date} // null: controlled and empty (undefined would make it uncontrolled)
      firstDayOfWeek={lang === "da" ? DayOfWeek.Monday : DayOfWeek.Sunday}
      strings={strings}
      formatDate={(d) => (d ? displayDate(dayToIso(d), lang) : "")}
      parseDateFromString={(text) => {
        const iso = readTypedDate(text, lang);
        return iso ? (isoToDay(iso) ?? null) : null;
      }}
      onSelectDate={(d) => onChange(d ? dayToIso(d) : "")}
      placeholder={DATE_PATTERN[lang]}
      textField={
        {
          description: t(lang, "dateOrder", { pattern: DATE_PATTERN[lang] }),
          ...(errorMessage ? { errorMessage } : {}),
          "data-testid": testId,
        } as never
      }
      styles={{ root: { minWidth: 140 } }}
    />
  );
}
