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
