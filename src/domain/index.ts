/**
 * The domain layer's only door (README.md beside this file). Pure functions over plain records:
 * no Office, Dexie, React, DOM, clock or randomness.
 */

export type {
  /** The two message languages. */
  Lang,
  /** ISO calendar date `YYYY-MM-DD`, or `""`. */
  IsoDate,
  /** Campaign status record (code Code10, description). */
  CampaignStatus,
  /** Salesperson record (code Code20, name, email, blocked). */
  Salesperson,
  /** Number series record (code, startingNo, lastNoUsed, manualNos). */
  NumberSeries,
  /** Campaign record (no Code20, description, dates, salespersonCode, statusCode, lastDateModified). */
  Campaign,
  /** Item record (no Code20, description, base/sales unit, unitPrice, itemDiscGroup, priceIncludesVat). */
  Item,
  /** Item unit of measure, key (itemNo, code); qtyPerUnitOfMeasure > 0, 1 for the base unit. */
  ItemUnitOfMeasure,
  /** Item variant, key (itemNo, code). */
  ItemVariant,
  /** Item discount group (code Code20, description). */
  ItemDiscountGroup,
  /** Customer price group (code Code10, description). */
  CustomerPriceGroup,
  /** Customer discount group (code Code20, description). */
  CustomerDiscountGroup,
  /** Currency (code Code10, description, exchangeRate LCY per unit). */
  Currency,
  /** Customer (no Code20, name, contactNo, price/discount group, currencyCode). */
  Customer,
  /** Sales type of a sales price. */
  SalesPriceType,
  /** Sales type of a sales line discount. */
  SalesDiscountType,
  /** Type of a sales line discount: an item or an item discount group. */
  LineDiscountType,
  /** Sales price line, keyed by row id; its BC primary key must be unique. */
  SalesPrice,
  /** Sales line discount, keyed by row id; its BC primary key must be unique. */
  SalesLineDiscount,
  /** Record kinds bound to sheets. */
  EntityKind,
  /** "error" blocks storing a row; "warning" does not. */
  Severity,
  /** Values substituted into message templates. */
  IssueParams,
  /** One validation problem for one row and field, with its message. */
  Issue,
} from "./types";
/** Thrown for programming errors and malformed date formulas; `code` is a message code. */
export { DomainError } from "./types";

/** Message text for an issue code in English or Danish; unknown codes give the code plus params. */
export { formatMessage } from "./messages";
/** Builds an Issue with its message formatted in `lang`. */
export { makeIssue } from "./messages";
/** Every code in the message catalog. */
export { messageCodes } from "./messages";

/** Trims and upper-cases a code. */
export { normalizeCode } from "./codes";
/** BC length of a Code10 field. */
export { CODE10 } from "./codes";
/** BC length of a Code20 field. */
export { CODE20 } from "./codes";
/** BC length of a Text100 field (descriptions). */
export { TEXT100 } from "./codes";
/** BC length of a Text50 field (salesperson name). */
export { TEXT50 } from "./codes";
/** BC length of a Text80 field (e-mail). */
export { TEXT80 } from "./codes";
/** True for a real calendar date `YYYY-MM-DD`. */
export { isIsoDate } from "./civilDate";
/** Days since 1970-01-01 → calendar date (pure integer arithmetic, fast for bulk work). */
export { fromDayNumber } from "./civilDate";
/** Calendar date → `YYYY-MM-DD`. */
export { formatIsoDate } from "./civilDate";

/** Validates campaign statuses; issue.row is the index in the batch. */
export { validateCampaignStatuses } from "./validateMasterData";
/** Validates salespeople; issue.row is the index in the batch. */
export { validateSalespeople } from "./validateMasterData";
/** Existing status codes and salespeople a campaign may refer to. */
export type { CampaignRefs } from "./validateCampaigns";
/** Validates campaigns against each other and against `refs`. */
export { validateCampaigns } from "./validateCampaigns";
/** Validates number series. */
export { validateNumberSeries } from "./validateNumberSeries";

/** Reference data the item, customer, price and discount validators look up (a subset of the store's). */
export type { PricingRefs } from "./pricingRefs";
/** Validates item discount groups (code Code20). */
export { validateItemDiscountGroups } from "./validatePricingSetup";
/** Validates customer price groups (code Code10). */
export { validateCustomerPriceGroups } from "./validatePricingSetup";
/** Validates customer discount groups (code Code20). */
export { validateCustomerDiscountGroups } from "./validatePricingSetup";
/** Validates currencies (code Code10, exchangeRate > 0). */
export { validateCurrencies } from "./validatePricingSetup";
/** Validates items: discount group exists, base/sales unit are units of the item, base unit qty 1. */
export { validateItems } from "./validateItems";
/** Validates item units of measure: item exists, qty > 0 (1 for the base unit), (itemNo, code) unique. */
export { validateItemUnits } from "./validateItems";
/** Validates item variants: item exists, (itemNo, code) unique. */
export { validateItemVariants } from "./validateItems";
/** Validates customers: price/discount group and currency exist when set. */
export { validateCustomers } from "./validateCustomers";
/** The part of PricingRefs validateSalesPrices reads. */
export type { SalesPriceRefs } from "./validateSalesPrices";
/** Validates sales prices (§3, bc-reference §5.1): references, campaign dates, amounts, unique BC key. */
export { validateSalesPrices } from "./validateSalesPrices";
/** The part of PricingRefs validateSalesLineDiscounts reads. */
export type { SalesLineDiscountRefs } from "./validateSalesLineDiscounts";
/** Validates sales line discounts (§3, bc-reference §5.2): as prices, plus 0–100 % and group lines without unit/variant. */
export { validateSalesLineDiscounts } from "./validateSalesLineDiscounts";
/** A campaign line with its campaign's dates; other lines returned unchanged. */
export { withCampaignDates } from "./priceLineDerivations";
/** A new line, or one whose item changed, with a blank unit set to the item's sales unit of measure. */
export { withDefaultUnit } from "./priceLineDerivations";
/** The lines of a campaign whose dates differ from the given ones, as copies with the new dates (date cascade). */
export { redateCampaignRows } from "./priceLineDerivations";

/** Copy of a campaign with lastDateModified = today. */
export { touchCampaign } from "./campaignChanges";
/** Campaign equality ignoring lastDateModified. */
export { campaignContentEquals } from "./campaignChanges";

/** Counts up the last digit run of a number (CP0009 → CP0010). */
export { incrementNo } from "./numberSeries";
/** Next free number of a series and the series with lastNoUsed advanced. */
export { nextNoFromSeries } from "./numberSeries";
/** MANUAL_NO_NOT_ALLOWED issue when the series forbids manual numbers, else null. */
export { manualNoIssue } from "./numberSeries";

/** BC CALCDATE on ISO dates; throws DomainError DATE_FORMULA_SYNTAX (or DATE_OUT_OF_RANGE). */
export { calcDate } from "./calcDate";
/** True when a date formula is well formed. */
export { isValidDateFormula } from "./calcDate";
