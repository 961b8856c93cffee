import { Stack, Text } from "@fluentui/react";
import type { Candidate, Lang, PriceCheckResult } from "../../domain";
import { describeMiss, describeNote, describeSource } from "../../domain";
import { t } from "../i18n";
import { formatAmount, formatInput, formatPercent } from "../numberFormat";
import { CandidateList, ExcludedList } from "./PriceCandidateList";
import { MessageBar, MessageBarType } from "./MessageBar";

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack.Item grow styles={{ root: { flexBasis: 0 } }}>
      <Text block variant="small">
        {label}
      </Text>
      <Text block variant="xLarge" data-testid={testId}>
        {value}
      </Text>
    </Stack.Item>
  );
}

/** Where a winning row applies: dates, minimum quantity, currency, variant, unit ("(any)" when blank). */
function rowDetails(lang: Lang, c: Candidate): string {
  const or = (v: string) => v || t(lang, "pcBlank");
  return t(lang, "pcRowDetails", {
    start: or(c.startingDate),
    end: or(c.endingDate),
    minQty: formatInput(lang, c.minimumQuantity),
    currency: or(c.currencyCode),
    variant: or(c.variantCode),
    unit: or(c.unitOfMeasureCode),
  });
}

/** A price check's answer: the figures, where each comes from, and why the other lines did not win. */
export function PriceCheckResultView({ lang, result }: { lang: Lang; result: PriceCheckResult }) {
  const price = result.price.winner;
  const discount = result.discount.winner;
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="price-check-result" aria-live="polite">
      {result.notes.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }} data-testid="price-check-notes">
          {result.notes.map((note, k) => (
            <MessageBar key={`${note.code}-${k}`} messageBarType={MessageBarType.warning} isMultiline>
              {describeNote(note, lang)}
            </MessageBar>
          ))}
        </Stack>
      )}
      {(result.misses ?? []).length > 0 && (
        <Stack tokens={{ childrenGap: 4 }} data-testid="price-check-misses" aria-label={t(lang, "pcMisses")}>
          {(result.misses ?? []).map((miss) => (
            <MessageBar
              key={`${miss.campaignNo}-${miss.kind}`}
              messageBarType={MessageBarType.info}
              isMultiline
              data-testid="price-check-miss"
            >
              {describeMiss(miss, lang)}
            </MessageBar>
          ))}
        </Stack>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <Figure
          label={`${t(lang, "pcUnitPrice")} (${t(lang, "pcPerUnit", { unit: result.unitOfMeasureCode })})`}
          value={formatAmount(lang, result.unitPrice, 5)}
          testId="price-check-unit-price"
        />
        <Figure
          label={t(lang, "pcDiscount")}
          value={formatPercent(lang, result.lineDiscountPct)}
          testId="price-check-discount"
        />
        <Figure label={t(lang, "pcAmount")} value={formatAmount(lang, result.lineAmount)} testId="price-check-amount" />
      </Stack>
      <Stack>
        <Text block styles={{ root: { fontWeight: 600 } }} data-testid="price-check-price-source">
          {t(lang, "pcPriceFrom", { source: describeSource(result.priceSource, lang) })}
        </Text>
        {price && (
          <Text block variant="small" data-testid="price-check-price-row">
            {rowDetails(lang, price)}
          </Text>
        )}
      </Stack>
      <Stack>
        <Text block styles={{ root: { fontWeight: 600 } }} data-testid="price-check-discount-source">
          {discount
            ? t(lang, "pcDiscountFrom", { source: describeSource(discount.source, lang) })
            : t(lang, "pcNoDiscount")}
        </Text>
        {discount && (
          <Text block variant="small" data-testid="price-check-discount-row">
            {formatPercent(lang, discount.value)} · {rowDetails(lang, discount)}
          </Text>
        )}
      </Stack>
      <CandidateList
        lang={lang}
        title={t(lang, "pcOtherPrices")}
        kind="price"
        candidates={result.price.candidates}
        testId="price-check-other-prices"
      />
      <CandidateList
        lang={lang}
        title={t(lang, "pcOtherDiscounts")}
        kind="discount"
        candidates={result.discount.candidates}
        testId="price-check-other-discounts"
      />
      <ExcludedList lang={lang} lines={result.excluded} total={result.excludedCount} />
    </Stack>
  );
}
