import { Stack } from "@fluentui/react";
import type { Lang } from "../../domain";
import { t } from "../i18n";
import type { TextKey } from "../i18n";
import type { PriceCheckDraft, PriceCheckField } from "../priceCheckForm";
import { TextField } from "./TextField";

interface Props {
  lang: Lang;
  draft: PriceCheckDraft;
  errors: Partial<Record<PriceCheckField, string>>;
  onChange: (draft: PriceCheckDraft) => void;
}

type FieldSpec = { field: PriceCheckField; label: TextKey; hint?: TextKey; type?: "date"; decimal?: true };

/** Rows of fields, two per row where they belong together. */
const ROWS: readonly (readonly FieldSpec[])[] = [
  [
    { field: "customerNo", label: "pcCustomerNo" },
    { field: "contactNo", label: "pcContactNo" },
  ],
  [
    { field: "itemNo", label: "pcItemNo" },
    { field: "variantCode", label: "pcVariant" },
  ],
  [
    { field: "unitOfMeasureCode", label: "pcUnit", hint: "pcUnitHint" },
    { field: "quantity", label: "pcQuantity", decimal: true },
  ],
  [
    { field: "date", label: "pcDate", type: "date" },
    { field: "currencyCode", label: "pcCurrency", hint: "pcCurrencyHint" },
  ],
];

/** The sales line to price: who, what, how many, when, in which currency. */
export function PriceCheckForm({ lang, draft, errors, onChange }: Props) {
  return (
    <Stack tokens={{ childrenGap: 4 }} data-testid="price-check-form">
      {ROWS.map((row) => (
        <Stack horizontal key={row[0]?.field} tokens={{ childrenGap: 8 }}>
          {row.map(({ field, label, hint, type, decimal }) => (
            <Stack.Item grow key={field} styles={{ root: { flexBasis: 0 } }}>
              <TextField
                label={t(lang, label)}
                value={draft[field]}
                onChange={(_, v) => onChange({ ...draft, [field]: v ?? "" })}
                description={hint ? t(lang, hint) : ""}
                errorMessage={errors[field] ?? ""}
                {...(type ? { type } : {})}
                {...(decimal ? { inputMode: "decimal" as const } : {})}
                autoComplete="off"
                data-testid={`price-check-${field}`}
              />
            </Stack.Item>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
