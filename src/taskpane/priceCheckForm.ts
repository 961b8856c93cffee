/** The Price check form: its draft, and the check's input read from it. */
import { isIsoDate, normalizeCode } from "../domain";
import type { IsoDate, Lang, PriceCheckInput } from "../domain";
import { t } from "./i18n";
import { formatInput, parseDecimal } from "./numberFormat";

export interface PriceCheckDraft {
  customerNo: string;
  contactNo: string;
  itemNo: string;
  variantCode: string;
  unitOfMeasureCode: string;
  quantity: string;
  date: string;
  currencyCode: string;
}

export type PriceCheckField = keyof PriceCheckDraft;

/** Quantity 1 on today, as a sales line starts. */
export function defaultPriceCheckDraft(today: IsoDate): PriceCheckDraft {
  return {
    customerNo: "",
    contactNo: "",
    itemNo: "",
    variantCode: "",
    unitOfMeasureCode: "",
    quantity: "1",
    date: today,
    currencyCode: "",
  };
}

export type PriceCheckRead =
  { ok: true; input: PriceCheckInput } | { ok: false; errors: Partial<Record<PriceCheckField, string>> };

/** The check's input (codes normalised), or what to fix at which field. */
export function priceCheckInputFromDraft(draft: PriceCheckDraft, lang: Lang): PriceCheckRead {
  const errors: Partial<Record<PriceCheckField, string>> = {};
  const customerNo = normalizeCode(draft.customerNo);
  const contactNo = normalizeCode(draft.contactNo);
  const itemNo = normalizeCode(draft.itemNo);
  const quantity = parseDecimal(lang, draft.quantity);
  if (customerNo !== "" && contactNo !== "") errors.contactNo = t(lang, "pcOneParty");
  if (itemNo === "") errors.itemNo = t(lang, "pcItemRequired");
  if (quantity === null) errors.quantity = t(lang, "notANumber", { example: formatInput(lang, 2.5) });
  if (!isIsoDate(draft.date)) errors.date = t(lang, "pcDateRequired");
  if (quantity === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...(customerNo !== "" ? { customerNo } : {}),
      ...(contactNo !== "" ? { contactNo } : {}),
      itemNo,
      variantCode: normalizeCode(draft.variantCode),
      unitOfMeasureCode: normalizeCode(draft.unitOfMeasureCode),
      quantity,
      date: draft.date,
      currencyCode: normalizeCode(draft.currencyCode),
    },
  };
}
