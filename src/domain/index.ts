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
  /** The record type of each bound kind (`EntityRecords["campaign"]` is `Campaign`). */
  EntityRecords,
  /** A campaign whose prices and discounts were activated (kept in the workbook). */
  CampaignActivation,
  /** A campaign's target-group row (type Customer or Contact, no., campaign no.). */
  CampaignTargetGroup,
  /** Customer or Contact: what a target-group row names. */
  TargetGroupType,
} from "./records";
/** Thrown for programming errors and malformed date formulas; `code` is a message code. */
export { DomainError } from "./records";

/** Message text for an issue code in English or Danish; unknown codes give the code plus params. */
export { formatMessage } from "./messages";
/** A person's value as a message quotes it: at most ~30 characters (PS5). */
export { quoteValue } from "./quoteValue";
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
/** Codes of the campaign and segment number series, and the series a new workbook starts with. */
export { CAMPAIGN_SERIES, SEGMENT_SERIES, DEFAULT_NUMBER_SERIES, defaultSeriesFor } from "./defaultSeries";
/** Activation marks: each names an existing campaign, once. */
export { validateCampaignActivations } from "./validateActivations";

/** BC CALCDATE on ISO dates; throws DomainError DATE_FORMULA_SYNTAX (or DATE_OUT_OF_RANGE). */
export { calcDate } from "./calcDate";
/** True when a date formula is well formed. */
export { isValidDateFormula } from "./calcDate";

// --- Activation, target groups and price check (issue 4, activation/price-check block) ---
/** An interaction log entry as targeting reads it (contact, company, campaign, target, canceled, postponed). */
export type { TargetingInteraction } from "./targetGroups";
/** A segment line as targeting reads it (campaignNo, campaignTarget, contactNo, contactCompanyNo). */
export type { TargetingLine } from "./targetGroups";
/** Contacts by no. with type and companyNo: maps a person to its company. */
export type { TargetingContacts } from "./targetGroups";
/** Target-group rows to put and to delete (the store's UnitOfWork.targetGroups). */
export type { TargetGroupChanges } from "./targetGroups";
/** Campaign nos. per (type, no) target, for price checks. */
export type { TargetGroupLookup } from "./targetGroups";
/** Company of a contact (a company is its own; unknown → the stored company no.; "" for a person without one). */
export { companyOf } from "./targetGroups";
/** The target-group row of a company: (Customer, customer no.) when linked, else (Contact, company no.). */
export { targetRowFor } from "./targetGroups";
/** True when the campaign has at least one target-group row. */
export { isActivated } from "./targetGroups";
/** Deactivate: every target-group row of the campaign, as deletes. */
export { planDeactivation } from "./targetGroups";
/** A customer created for a company contact: its Contact rows become Customer rows in every campaign. */
export { convertContactToCustomer } from "./targetGroups";
/** Builds the (type, no) → campaign nos. lookup once, for many price checks. */
export { buildTargetGroupLookup } from "./targetGroups";
/** What planActivation reads. */
export type { ActivationInput } from "./activation";
/** Confirmation needed, NOTHING_TARGETED error, rows to put, persons without a company. */
export type { ActivationPlan } from "./activation";
/** Plans activating a campaign: one row per targeted company, only the missing ones. */
export { planActivation } from "./activation";
/** A segment line with its key (segmentNo, lineNo), as line upkeep reads it. */
export type { UpkeepLine } from "./targetGroupsUpkeep";
/** Changed segment lines and what they are checked against. */
export type { LineUpkeepInput } from "./targetGroupsUpkeep";
/** Target-group rows to add and remove after segment lines changed (the last reference removes a row). */
export { targetGroupChangesForLines } from "./targetGroupsUpkeep";
/** Price and discount lines grouped by item (or item discount group) and source. */
export type { PriceIndex } from "./priceIndex";
/** Builds the price check's index once from all price and discount lines. */
export { buildPriceIndex } from "./priceIndex";
/** One sales line to price: customer or contact, item, variant, unit, quantity, date, currency. */
export type { PriceCheckInput } from "./priceCheckTypes";
/** Reference data a price check reads. */
export type { PriceCheckContext } from "./priceCheckTypes";
/** Who a price or discount line is for (campaign, all customers, customer, group, item card). */
export type { PriceSource } from "./priceCheckTypes";
/** A line that competed, with why it lost (absent on the winner). */
export type { Candidate } from "./priceCheckTypes";
/** The winner and all candidates, best first. */
export type { Choice } from "./priceCheckTypes";
/** Why a competing line lost: LOST_… code and params. */
export type { LossReason } from "./priceCheckTypes";
/** OUT_OF_DATES, MIN_QTY, OTHER_CURRENCY, OTHER_VARIANT or OTHER_UNIT. */
export type { ExclusionReason } from "./priceCheckTypes";
/** A line of the item that was filtered out, with the reason and its values. */
export type { ExcludedLine } from "./priceCheckTypes";
/** Something a price check could not resolve (unknown item, customer, …), as code and params. */
export type { PriceCheckNote } from "./priceCheckTypes";
/** Unit price, discount %, line amount, winners, candidates, exclusions and notes. */
export type { PriceCheckResult } from "./priceCheckTypes";
/** The price and line discount a customer gets for one sales line, with the reasons (§5). */
export { priceCheck } from "./priceCheck";
/** "campaign CP0003", "all customers", "customer 10000", "price group X", "item card" (en/da). */
export { describeSource } from "./priceCheckLabels";
/** Why a candidate lost, in one sentence; "" for the winner. */
export { describeLoss } from "./priceCheckLabels";
/** Why a line was filtered out, in one sentence. */
export { describeExclusion } from "./priceCheckLabels";
/** A price-check note in words. */
export { describeNote } from "./priceCheckLabels";

/** PN6: the campaigns a price check's customer misses, and why (not activated, not in the target group). */
export { campaignMisses, describeMiss, missKey } from "./priceCheckMisses";

export type { CampaignMissContext } from "./priceCheckMisses";

export type { CampaignMiss } from "./priceCheckTypes";

/** PN9: an issue code's short title (the Issues tab's chart). */
export { issueTitle } from "./issueTitles";

/** PN7: a price check's lines that did not apply, grouped by reason and sorted. */
export { groupExclusions } from "./priceCheckExclusionGroups";

export type { ExclusionGroup } from "./priceCheckExclusionGroups";
// --- end of the activation/price-check block ---

// --- Contacts, teams, interactions, segments, BC filters and criteria (issue 4, segments block) ---
/** Contact record (no Code20, type Company|Person, name, companyNo, salesperson, e-mail, address codes, exclusion). */
export type { Contact } from "./records";
/** "Company" or "Person". */
export type { ContactType } from "./records";
/** Team record (code Code10, name). */
export type { Team } from "./records";
/** Team member, key (teamCode, salespersonCode). */
export type { TeamMember } from "./records";
/** Interaction group record (code Code10, description). */
export type { InteractionGroup } from "./records";
/** Interaction template: group, cost, duration, flow, initiated by, default campaign and target/response flags. */
export type { InteractionTemplate } from "./records";
/** Information flow option: "", Outbound, Inbound. */
export type { InformationFlow } from "./records";
/** Initiated-by option: "", Us, Them. */
export type { InitiatedBy } from "./records";
/** Segment header: the defaults of its lines (campaign, flags, salesperson, template, cost, duration, date). */
export type { SegmentHeader } from "./records";
/** Segment line, key (segmentNo, lineNo). */
export type { SegmentLine } from "./records";
/** Evaluation option of a segment line. */
export type { Evaluation } from "./records";
/** Reference data the contact, team, interaction and segment validators look up (a subset of the store's). */
export type { SegmentRefs } from "./segmentRefs";
/** Validates contacts: type, lengths, salesperson, a company's own companyNo, a person's company (batch + refs). */
export { validateContacts } from "./validateContacts";
/** The contact types in BC's order. */
export { CONTACT_TYPES } from "./validateContacts";
/** Validates teams (code Code10, name Text50). */
export { validateTeams } from "./validateTeams";
/** Validates team members: team and salesperson exist, (teamCode, salespersonCode) unique. */
export { validateTeamMembers } from "./validateTeams";
/** Validates interaction groups (code Code10, description Text100). */
export { validateInteractionGroups } from "./validateInteractions";
/** Validates interaction templates: group and campaign exist, cost/duration ≥ 0, options, flags need a campaign. */
export { validateInteractionTemplates } from "./validateInteractions";
/** Information flow options, blank first. */
export { INFORMATION_FLOWS } from "./validateInteractions";
/** Initiated-by options, blank first. */
export { INITIATED_BY } from "./validateInteractions";
/** Validates segment headers: references, flags need a campaign, cost/duration ≥ 0, date. */
export { validateSegmentHeaders } from "./validateSegments";
/** Validates segment lines: contact exists, key unique, references, cost/duration ≥ 0; a repeated contact warns. */
export { validateSegmentLines } from "./validateSegments";
/** Evaluation options, blank first. */
export { EVALUATIONS } from "./validateSegments";
/** The line fields a header gives its new lines. */
export type { LineDefaults } from "./segmentLineDerivations";
/** A header field whose change reaches the lines. */
export type { PropagatedHeaderField } from "./segmentLineDerivations";
/** The lines after a header change and the header fields that changed. */
export type { HeaderChange } from "./segmentLineDerivations";
/** A contact with a company's companyNo set to its own no. */
export { withContactCompany } from "./segmentLineDerivations";
/** The company no. of a contact: a company's own no., a person's companyNo. */
export { contactCompanyNo } from "./segmentLineDerivations";
/** The fields a new line takes from its header (and, for blank campaign/description, the header's template). */
export { lineDefaultsFromHeader } from "./segmentLineDerivations";
/** A new segment line for a contact: header defaults, the contact's company, header or contact salesperson. */
export { newSegmentLine } from "./segmentLineDerivations";
/** Applies changed header fields to ALL lines (deviation from BC) and names the changed fields. */
export { applyHeaderToLines } from "./segmentLineDerivations";
/** The next line no.: highest + 10000. */
export { nextLineNo } from "./segmentLineDerivations";
/** A pasted text resolved to a contact no., or UNKNOWN_/AMBIGUOUS_CONTACT_REFERENCE with params. */
export type { ContactReference } from "./contactReferences";
/** Resolves pasted contact nos., e-mails or names to contact nos. (indexes built once). */
export { resolveContactReferences } from "./contactReferences";
/** The comparison kind of a filtered field: text, code, number, boolean, option. */
export type { FilterKind } from "./bcFilter";
/** A value a filter is matched against. */
export type { FilterValue } from "./bcFilter";
/** A compiled BC filter expression. */
export type { BcFilter } from "./bcFilter";
/** parseFilter's result: the filter, or FILTER_SYNTAX with params { filter, part }. */
export type { ParsedFilter } from "./bcFilter";
/** Parses and compiles a BC filter expression (ranges, <>, <, >, |, &, wildcards, '', @, quotes) once. */
export { parseFilter } from "./bcFilter";
/** True when a value passes a compiled filter. */
export { matchesFilter } from "./bcFilter";
/** A contact field criteria may filter. */
export type { CriteriaField } from "./contactCriteria";
/** Filter texts per contact field (BC syntax). */
export type { ContactCriteria } from "./contactCriteria";
/** A compiled criteria set: true when a contact meets every criterion. */
export type { ContactMatcher } from "./contactCriteria";
/** compileCriteria's result: a matcher, or one FILTER_SYNTAX issue per bad field. */
export type { CompiledCriteria } from "./contactCriteria";
/** Compiles contact criteria once into a matcher. */
export { compileCriteria } from "./contactCriteria";
/** Options of Add Contacts: allowExisting, expandCompanies, allowRelatedCompanies, ignoreExclusion. */
export type { AddContactsOptions } from "./segmentActions";
/** Lines added and counts of contacts skipped (excluded, existing). */
export type { AddContactsResult } from "./segmentActions";
/** Option of Reduce/Refine: entireCompanies. */
export type { RemoveContactsOptions } from "./segmentActions";
/** Add Contacts: new lines for matching contacts (and related persons/companies), numbered after the last. */
export { addContactsByCriteria } from "./segmentActions";
/** Remove Contacts – Reduce: the lines whose contact matches. */
export { reduceLines } from "./segmentActions";
/** Remove Contacts – Refine: the lines whose contact does not match. */
export { refineLines } from "./segmentActions";
// --- end of the segments block ---

// --- Opportunities and campaign statistics (issue 17) ---
/** Sales cycles, stages, opportunities and their entries (domain-rules §1). */
export type {
  ActionTaken,
  Opportunity,
  OpportunityEntry,
  OpportunityStatus,
  ProbabilityCalculation,
  SalesCycle,
  SalesCycleStage,
} from "./opportunityRecords";
/** A stage move (next, previous, jump, update), closing as won or lost, reopening; its input and result. */
export type { MoveInput, MoveResult, OpportunityMove } from "./opportunityStages";
/** Moves an opportunity (a new active entry, the previous deactivated), or the issue why it cannot move. */
export { moveOpportunity } from "./opportunityStages";
/** BC's Probability % by the sales cycle's calculation (Multiply, Add, Chances of Success, Completed). */
export { probabilityOf } from "./opportunityStages";
/** What campaign statistics read of interactions and opportunity entries, and what they give. */
export type {
  CampaignStatistics,
  StatisticsIndex,
  StatsInteraction,
  StatsOpportunityEntry,
  WeekFigures,
} from "./campaignStatistics";
/** Groups counted interactions and active opportunity entries by campaign, once. */
export { statisticsIndex } from "./campaignStatistics";
/** One campaign's statistics (BC's page 5088 and won/lost, win rate, cost per won, weekly trend). */
export { campaignStatistics } from "./campaignStatistics";
/** BC's ROUND to a precision (nearest, halves away from zero). */
export { roundTo } from "./campaignStatistics";
/** OP7–OP10: sales cycles, stages, opportunities and opportunity entries as sheet rows. */
export {
  OPPORTUNITY_STATUSES,
  PROBABILITY_CALCULATIONS,
  validateOpportunities,
  validateOpportunityEntries,
  validateSalesCycleStages,
  validateSalesCycles,
} from "./validateOpportunities";
export type { OpportunityRefs } from "./validateOpportunities";
/** OP11, OP12: the move an edited Opportunities row asks for, made or refused. */
export { opportunityRowMove } from "./opportunityRowMove";
export type { RowMove, RowMoveInput } from "./opportunityRowMove";
/** Opportunity nos. OP0001… (manual nos. allowed). */
export { OPPORTUNITY_SERIES } from "./defaultSeries";
// --- end of the opportunities block ---

// --- Log Segment, interactions and campaign entries (issue 16, domain-rules §6, docs/spec/interaction-rules.md) ---
/** Logged segment (BC 5075), campaign entry (BC 5072) and interaction log entry (BC 5065) records. */
export type { LoggedSegment, CampaignEntry, InteractionLogEntry } from "./records";
/** §4 steps 1–3 in BC's order: "confirm" first when there are no prices, then "error" or "commit" (IR9). */
export { activationSteps } from "./activation";
/** What the caller does with an activation plan, in order. */
export type { ActivationStep } from "./activation";
/** Codes of the entry-number series (1, 2, 3…) and their defaults (IR2). */
export { LOGGED_SEGMENT_SERIES, CAMPAIGN_ENTRY_SERIES, INTERACTION_SERIES, ENTRY_NUMBER_SERIES } from "./defaultSeries";
/** The entry nos. `count` new entries take from a series, skipping taken ones (IR2). */
export { takeEntryNos } from "./entryNumbers";
/** Log Segment's input, the series it numbers from, and its plan (IR1). */
export type { LogSegmentInput, LoggedSegmentPlan, LogSegmentResult, EntrySeries } from "./logSegment";
/** Log Segment: one logged segment, one campaign entry per campaign, one interaction per line; optional follow-up. */
export { logSegment } from "./logSegment";
/** Records a cancel toggle changes. */
export type { CancelChanges, EntryDeletePlan } from "./campaignEntryActions";
/** Cancel/un-cancel a campaign entry and its interactions (IR4). */
export { setCampaignEntryCanceled } from "./campaignEntryActions";
/** Cancel/un-cancel a logged segment, its entries and its interactions (IR4). */
export { setLoggedSegmentCanceled } from "./campaignEntryActions";
/** An interaction's un-cancel is refused while its entry or logged segment is canceled (IR5). */
export { interactionCancelIssue } from "./campaignEntryActions";
/** Only canceled campaign entries can be deleted (IR6): the issue for one that is not. */
export { campaignEntryDeleteIssue } from "./campaignEntryActions";
/** Deleting campaign entries: canceled ones with their interactions, the others refused (IR6). */
export { planCampaignEntryDeletes } from "./campaignEntryActions";
/** The interactions of a campaign entry. */
export { interactionsOfEntry } from "./campaignEntryActions";
/** A segment line after its template changed, as BC's OnValidate (IR7). */
export { applyTemplateToLine } from "./segmentLineTemplate";
/** Campaign entries for single interactions: reused per campaign unless canceled (IR8). */
export { assignCampaignEntries } from "./createInteraction";
/** A new interaction's blanks from its template: cost, duration, flow, initiated by, campaign and flags (IR8). */
export { withTemplateDefaults } from "./createInteraction";
/** Interactions with their entries, and the entries made. */
export type { AssignedEntries } from "./createInteraction";
/** Validates interactions: entry no., date, contact, salesperson, template, campaign and flags, amounts (IR11). */
export { validateInteractionLogEntries } from "./validateInteractionLog";
/** Validates campaign entries: entry no. unique, campaign exists (IR11). */
export { validateCampaignEntries } from "./validateInteractionLog";
/** Validates logged segments: entry no. unique, segment no. set (IR11). */
export { validateLoggedSegments } from "./validateInteractionLog";
/** IR10: a logged interaction keeps all but Canceled; others keep the fields the add-in fills. */
export { keepInteractionHistory } from "./interactionEdits";
/** IR10: a logged segment's line keeps its stored values. */
export { keepLoggedLine } from "./interactionEdits";
/** A record to store and the fields whose typed value was put back. */
export type { KeptEdit } from "./interactionEdits";
// --- end of the interactions block ---

// --- Activities and tasks (issue 18) ---
/** Activities, their steps and tasks (domain-rules §1). */
export type { Activity, ActivityStep, CalcDueDateFrom, Task, TaskPriority, TaskStatus, TaskType } from "./taskRecords";
export { NEW_TASK } from "./taskRecords";
/** Assign Activity's input (context, start date, salesperson or team, segment contacts) and result. */
export type { AssignContext, AssignInput, AssignResult } from "./assignActivity";
/** Assign Activity: one task per step from the start date, per segment contact, fanned out to a team's members. */
export { assignActivity } from "./assignActivity";
/** Assign Activity's checks in BC's order (activity, date, salesperson or team, meeting organizer, blocked). */
export { assignActivityIssues } from "./assignActivity";
/** What a step's date formula means from today ("2W+1D → 2026-03-16 from today"). */
export { explainDateFormula } from "./assignActivity";
/** A task's status (Completed ⇔ closed), closing (a recurring task's next), canceling and reopening. */
export { cancelTask, closeTask, reopenTask, withStatus } from "./taskLifecycle";
/** TK9, TK10: activities, their steps and tasks as sheet rows. */
export {
  CALC_DUE_DATE_FROM,
  TASK_PRIORITIES,
  TASK_STATUSES,
  TASK_TYPES,
  validateActivities,
  validateActivitySteps,
  validateTasks,
} from "./validateTasks";
export type { TaskRefs } from "./validateTasks";
/** Task nos. TD0001… (manual nos. allowed). */
export { TASK_SERIES } from "./defaultSeries";
// --- end of the activities block ---

// --- Tasks of sales-cycle stages and a salesperson's calendar (issue 18 items 5–7) ---
/** TK20, TK21: a stage's activity assigned when an opportunity enters the stage (its input). */
export type { StageTasksInput } from "./stageTasks";
/** TK20, TK21: the task set of a stage's activity for a move's entry; whether an entry enters an activity stage. */
export { entersActivityStage, stageTasks } from "./stageTasks";
/** TK22, TK23: open tasks, a salesperson's open tasks (their calendar), a campaign's by salesperson (its card). */
export { campaignTaskCounts, isOpenTask, openTasksOf } from "./openTasks";
export type { SalespersonTaskCount } from "./openTasks";
// --- end of the stage tasks block ---
export { choosePlurals } from "./pluralForms";
