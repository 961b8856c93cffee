/**
 * Sales cycles, opportunities and their entries (domain-rules §1; bc-reference §11.7, tables 5090, 5091, 5092, 5093).
 * An opportunity's figures are those of its one active entry (BC's FlowFields), kept on the opportunity too.
 */
/** records.ts's IsoDate (`YYYY-MM-DD` or ""), not imported: records.ts maps the entity kinds to these types. */
type IsoDate = string;

export type ProbabilityCalculation = "Multiply" | "Add" | "ChancesOfSuccess" | "Completed";

export interface SalesCycle {
  code: string;
  description: string;
  probabilityCalculation: ProbabilityCalculation;
}

export interface SalesCycleStage {
  salesCycleCode: string;
  stage: number;
  description: string;
  completedPct: number;
  chancesOfSuccessPct: number;
  activityCode: string;
  /** Estimated close date of an entry at this stage: CALCDATE(dateFormula, date of change); "" for none. */
  dateFormula: string;
}

export type OpportunityStatus = "NotStarted" | "InProgress" | "Won" | "Lost";

export type ActionTaken = "" | "Next" | "Previous" | "Updated" | "Jumped" | "Won" | "Lost";

export interface Opportunity {
  no: string;
  description: string;
  salespersonCode: string;
  campaignNo: string;
  contactNo: string;
  contactCompanyNo: string;
  salesCycleCode: string;
  segmentNo: string;
  creationDate: IsoDate;
  status: OpportunityStatus;
  closed: boolean;
  dateClosed: IsoDate | "";
  /** 0 while not started. */
  currentStage: number;
  estimatedValue: number;
  chancesOfSuccessPct: number;
  completedPct: number;
  probabilityPct: number;
  calcdCurrentValue: number;
}

export interface OpportunityEntry {
  entryNo: number;
  opportunityNo: string;
  salesCycleCode: string;
  salesCycleStage: number;
  previousStage: number;
  contactNo: string;
  contactCompanyNo: string;
  salespersonCode: string;
  campaignNo: string;
  dateOfChange: IsoDate;
  /** Exactly one active entry per started opportunity: the latest. */
  active: boolean;
  actionTaken: ActionTaken;
  estimatedValue: number;
  calcdCurrentValue: number;
  completedPct: number;
  chancesOfSuccessPct: number;
  probabilityPct: number;
  estimatedCloseDate: IsoDate | "";
}
