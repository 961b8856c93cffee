import { Stack } from "@fluentui/react";
import type { CriteriaField, Lang } from "../../domain";
import { CRITERIA_FIELDS } from "../criteriaForm";
import type { CriteriaValues } from "../criteriaForm";
import { t } from "../i18n";
import { TextField } from "./TextField";

interface Props {
  lang: Lang;
  values: CriteriaValues;
  /** A filter's syntax issue, shown at its field. */
  errors: Partial<Record<CriteriaField, string>>;
  onChange: (values: CriteriaValues) => void;
}

/** One filter text per contact field; the placeholder shows the syntax the field takes. */
export function CriteriaFields({ lang, values, errors, onChange }: Props) {
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {CRITERIA_FIELDS.map(({ field, example }) => (
        <TextField
          key={field}
          label={t(lang, `criteria_${field}`)}
          value={values[field]}
          placeholder={example}
          onChange={(_, v) => onChange({ ...values, [field]: v ?? "" })}
          errorMessage={errors[field] ?? ""}
          autoComplete="off"
          spellCheck={false}
          data-testid={`criteria-${field}`}
        />
      ))}
    </Stack>
  );
}
