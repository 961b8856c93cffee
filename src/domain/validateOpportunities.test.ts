import type { Opportunity, OpportunityEntry, SalesCycle } from "./opportunityRecords";
import { validateInteractionLogEntries } from "./validateInteractionLog";
import type { InteractionLogEntry } from "./records";
import { validateOpportunities, validateOpportunityEntries, validateSalesCycles } from "./validateOpportunities";

const codesOf = (issues: readonly { code: string; row: number }[]) => issues.map((i) => [i.row, i.code]);

const anOpportunity = (overrides: Partial<Opportunity> = {}): Opportunity => ({
  no: "OP0001",
  description: "Deal",
  salespersonCode: "JR",
  campaignNo: "CP1",
  contactNo: "C01",
  contactCompanyNo: "C01",
  salesCycleCode: "STD",
  segmentNo: "",
  creationDate: "2026-09-01",
  status: "NotStarted",
  closed: false,
  dateClosed: "",
  currentStage: 0,
  estimatedValue: 100,
  chancesOfSuccessPct: 0,
  completedPct: 0,
  probabilityPct: 0,
  calcdCurrentValue: 0,
  ...overrides,
});

const refs = {
  salespeople: new Map([["JR", { blocked: false }]]),
  campaigns: new Set(["CP1"]),
  contacts: new Set(["C01"]),
  salesCycles: new Set(["STD"]),
};

test("[OP7] a sales cycle needs a unique code and one of the four probability calculations", () => {
  const rows: SalesCycle[] = [
    { code: "STD", description: "", probabilityCalculation: "Multiply" },
    { code: "STD", description: "", probabilityCalculation: "Add" },
    { code: "X", description: "", probabilityCalculation: "Average" as "Add" },
  ];
  expect(codesOf(validateSalesCycles(rows, "en"))).toEqual([
    [0, "DUPLICATE_KEY"],
    [1, "DUPLICATE_KEY"],
    [2, "INVALID_OPTION"],
  ]);
});

test("[OP9] an opportunity's contact, salesperson and sales cycle must exist, its campaign when set; figures in range", () => {
  const rows = [
    anOpportunity(),
    anOpportunity({ no: "OP2", contactNo: "C99", salesCycleCode: "NONE", campaignNo: "" }),
    anOpportunity({ no: "OP3", campaignNo: "CP9", salespersonCode: "", estimatedValue: -1, chancesOfSuccessPct: 101 }),
  ];
  expect(codesOf(validateOpportunities(rows, refs, "en"))).toEqual([
    [1, "UNKNOWN_CONTACT"],
    [1, "UNKNOWN_SALES_CYCLE"],
    [2, "KEY_REQUIRED"],
    [2, "UNKNOWN_CAMPAIGN"],
    [2, "ESTIMATED_VALUE_NEGATIVE"],
    [2, "PERCENT_OUT_OF_RANGE"],
  ]);
});

test("[OP10] an opportunity entry needs its entry no. and opportunity: a typed one is refused", () => {
  const entry = { entryNo: 1, opportunityNo: "OP0001" } as OpportunityEntry;
  const typed = { entryNo: "" as unknown as number, opportunityNo: "" } as OpportunityEntry;
  expect(codesOf(validateOpportunityEntries([entry, typed], "en"))).toEqual([
    [1, "KEY_REQUIRED"],
    [1, "OPPORTUNITY_ENTRY_BY_MOVE"],
  ]);
});

test("[OP15] an interaction may name an opportunity, which must exist", () => {
  const interaction = (opportunityNo: string) =>
    ({
      entryNo: 1,
      date: "2026-09-01",
      contactNo: "C01",
      interactionTemplateCode: "CALL",
      salespersonCode: "JR",
      campaignNo: "",
      description: "",
      cost: 0,
      duration: 0,
      evaluation: "",
      informationFlow: "",
      initiatedBy: "",
      opportunityNo,
    }) as unknown as InteractionLogEntry;
  const interactionRefs = {
    ...refs,
    contacts: new Map([["C01", { type: "Company" as const }]]),
    interactionTemplates: new Set(["CALL"]),
    opportunities: new Set(["OP0001"]),
  };
  const rows = [interaction("OP0001"), { ...interaction("OP9"), entryNo: 2 }];
  expect(codesOf(validateInteractionLogEntries(rows, interactionRefs, "en"))).toEqual([[1, "UNKNOWN_OPPORTUNITY"]]);
});
