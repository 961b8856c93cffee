/** Stored rows of every entity, numbered by the caller (never random), and a unit-of-work helper. */
import { NEW_TASK } from "../../src/domain";
import type { CampaignTargetGroup, EntityKind, SegmentHeader } from "../../src/domain";
import type { EntityRecords } from "../../src/domain";
import type { ChangeLogEntry, StoredRow, UnitOfWork } from "../../src/store";

const meta = (rowId: string) => ({ rowId, rowVersion: 1, rowHash: `h-${rowId}` });

/** Row `n` of an entity: distinct natural keys and row ids per n. */
export function rowOf<E extends EntityKind>(entity: E, n: number, overrides: Partial<EntityRecords[E]> = {}) {
  const rowId = `${entity}-r${n}`;
  const record = recordOf(entity, n, rowId);
  return { ...record, ...overrides, ...meta(rowId) } as unknown as StoredRow<E>;
}

function recordOf(entity: EntityKind, n: number, rowId: string): EntityRecords[EntityKind] {
  const code = `C${String(n).padStart(5, "0")}`;
  switch (entity) {
    case "campaignStatus":
    case "itemDiscountGroup":
    case "customerPriceGroup":
    case "customerDiscountGroup":
      return { code, description: `Description ${n}` };
    case "salesperson":
      return { code, name: `Person ${n}`, email: "", blocked: n % 2 === 0 };
    case "currency":
      return { code, description: `Currency ${n}`, exchangeRate: 1 + n / 100 };
    case "campaign":
      return {
        no: `CP${String(n).padStart(4, "0")}`,
        description: `Campaign ${n}`,
        startingDate: "2026-03-01",
        endingDate: "2026-03-31",
        salespersonCode: "",
        statusCode: "",
        lastDateModified: "2026-01-01",
      };
    case "item":
      return {
        no: `I${n}`,
        description: `Item ${n}`,
        baseUnitOfMeasure: "PCS",
        salesUnitOfMeasure: "BOX",
        unitPrice: n,
        itemDiscGroup: "",
        priceIncludesVat: false,
      };
    case "itemUnitOfMeasure":
      return { itemNo: `I${n % 3}`, code: n % 2 ? "PCS" : "BOX", qtyPerUnitOfMeasure: n % 2 ? 1 : 12 };
    case "itemVariant":
      return { itemNo: `I${n % 3}`, code: `V${n}`, description: `Variant ${n}` };
    case "customer":
      return {
        no: `K${n}`,
        name: `Customer ${n}`,
        contactNo: "",
        customerPriceGroup: "",
        customerDiscGroup: "",
        currencyCode: "",
      };
    case "salesPrice":
      return {
        id: rowId,
        itemNo: `I${n % 50}`,
        salesType: "Campaign",
        salesCode: `CP${String(n % 7).padStart(4, "0")}`,
        currencyCode: "",
        startingDate: "2026-03-01",
        endingDate: "2026-03-31",
        unitPrice: n / 4,
        priceIncludesVat: false,
        allowLineDisc: true,
        allowInvoiceDisc: true,
        minimumQuantity: n % 10,
        unitOfMeasureCode: "PCS",
        variantCode: "",
      };
    case "salesLineDiscount":
      return {
        id: rowId,
        type: "Item",
        code: `I${n % 50}`,
        salesType: "Campaign",
        salesCode: `CP${String(n % 7).padStart(4, "0")}`,
        currencyCode: "",
        startingDate: "2026-03-01",
        endingDate: "2026-03-31",
        lineDiscountPct: n % 100,
        minimumQuantity: n % 10,
        unitOfMeasureCode: "PCS",
        variantCode: "",
      };
    case "contact": {
      const no = `CT${String(n).padStart(6, "0")}`;
      const person = n % 3 !== 0; // every third contact is a company; the others are persons of company CT0…
      return {
        no,
        type: person ? "Person" : "Company",
        name: `Contact ${n}`,
        companyNo: person ? `CT${String(n - (n % 3)).padStart(6, "0")}` : no,
        salespersonCode: "",
        email: `contact${n}@example.com`,
        postCode: String(1000 + (n % 9000)),
        city: "Aarhus",
        countryCode: "DK",
        territoryCode: "",
        excludeFromSegment: n % 10 === 0,
      };
    }
    case "team":
      return { code, name: `Team ${n}` };
    case "teamMember":
      return { teamCode: `T${n % 4}`, salespersonCode: code };
    case "interactionGroup":
      return { code, description: `Group ${n}` };
    case "interactionTemplate":
      return {
        code,
        interactionGroupCode: "G1",
        description: `Template ${n}`,
        unitCost: n * 1.5,
        unitDuration: n % 60,
        informationFlow: n % 2 ? "Outbound" : "",
        initiatedBy: n % 2 ? "Us" : "Them",
        campaignNo: "",
        campaignTarget: n % 2 === 1,
        campaignResponse: false,
      };
    case "segmentLine":
      return {
        segmentNo: `SEG${String(n % 5).padStart(4, "0")}`,
        lineNo: 10000 * (n + 1),
        contactNo: `CT${String(n).padStart(6, "0")}`,
        contactCompanyNo: `CT${String(n - (n % 3)).padStart(6, "0")}`,
        campaignNo: "CP0001",
        campaignTarget: n % 2 === 0,
        campaignResponse: false,
        salespersonCode: "",
        interactionTemplateCode: "",
        description: `Line ${n}`,
        cost: n % 7,
        duration: n % 30,
        date: "2026-03-01",
        evaluation: n % 4 === 0 ? "Positive" : "",
        attemptFailed: false,
      };
    case "segmentHeader":
      return segmentRecord(n);
    case "numberSeries":
      return { code: `S${n}`, startingNo: `S${n}-0001`, lastNoUsed: "", manualNos: n % 2 === 0 };
    case "campaignActivation":
      return { campaignNo: `CP${String(n).padStart(4, "0")}` };
    case "loggedSegment":
      return {
        entryNo: n,
        segmentNo: `SEG${n}`,
        description: `Log ${n}`,
        creationDate: "2026-03-01",
        userId: "",
        canceled: false,
      };
    case "campaignEntry":
      return {
        entryNo: n,
        campaignNo: "CP0001",
        description: `Entry ${n}`,
        date: "2026-03-01",
        userId: "",
        segmentNo: "",
        salespersonCode: "",
        registerNo: 0,
        canceled: n % 2 === 0,
      };
    case "interactionLogEntry":
      return {
        entryNo: n,
        contactNo: `CT${n}`,
        contactCompanyNo: `CT${n}`,
        date: "2026-03-01",
        description: `Call ${n}`,
        interactionTemplateCode: "CALL",
        interactionGroupCode: "PHONE",
        cost: n,
        duration: 5,
        campaignNo: "CP0001",
        campaignEntryNo: 1,
        campaignTarget: n % 2 === 0,
        campaignResponse: false,
        segmentNo: "",
        loggedSegmentEntryNo: 0,
        salespersonCode: "",
        evaluation: "",
        attemptFailed: false,
        canceled: false,
        postponed: false,
        opportunityNo: "",
        informationFlow: "",
        initiatedBy: "",
      };
    case "salesCycle":
      return { code: `SC${n}`, description: `Cycle ${n}`, probabilityCalculation: "Multiply" };
    case "salesCycleStage":
      return {
        salesCycleCode: "SC1",
        stage: n,
        description: `Stage ${n}`,
        completedPct: n * 10,
        chancesOfSuccessPct: 50,
        activityCode: "",
        dateFormula: "",
      };
    case "opportunity":
      return {
        no: `OP${String(n).padStart(4, "0")}`,
        description: `Deal ${n}`,
        salespersonCode: "JR",
        campaignNo: "CP0001",
        contactNo: `CT${n}`,
        contactCompanyNo: `CT${n}`,
        salesCycleCode: "SC1",
        segmentNo: "",
        creationDate: "2026-03-01",
        status: "InProgress",
        closed: false,
        dateClosed: "",
        currentStage: 1,
        estimatedValue: 1000 * n,
        chancesOfSuccessPct: 50,
        completedPct: 10,
        probabilityPct: 5,
        calcdCurrentValue: 50 * n,
      };
    case "opportunityEntry":
      return {
        entryNo: n,
        opportunityNo: "OP0001",
        salesCycleCode: "SC1",
        salesCycleStage: 1,
        previousStage: 0,
        contactNo: "CT1",
        contactCompanyNo: "CT1",
        salespersonCode: "JR",
        campaignNo: "CP0001",
        dateOfChange: "2026-03-01",
        active: n === 1,
        actionTaken: "Next",
        estimatedValue: 1000,
        calcdCurrentValue: 50,
        completedPct: 10,
        chancesOfSuccessPct: 50,
        probabilityPct: 5,
        estimatedCloseDate: "",
      };
    case "activity":
      return { code: `ACT${n}`, description: `Activity ${n}` };
    case "activityStep":
      return {
        activityCode: "ACT1",
        stepNo: n,
        type: "",
        description: `Step ${n}`,
        priority: "Normal",
        dateFormula: `${n}W`,
      };
    case "task":
      return {
        ...NEW_TASK,
        ...{
          no: `TD${String(n).padStart(4, "0")}`,
          description: `Task ${n}`,
          date: "2026-03-02",
          salespersonCode: "JR",
        },
      };
  }
}

/** Segment header `n` as stored (a row of the workbook's hidden segment table). */
export function segmentOf(n: number, overrides: Partial<SegmentHeader> = {}): StoredRow<"segmentHeader"> {
  return { ...segmentRecord(n), ...overrides, ...meta(`segmentHeader-r${n}`) };
}

function segmentRecord(n: number): SegmentHeader {
  return {
    no: `SEG${String(n).padStart(4, "0")}`,
    description: `Segment ${n}`,
    campaignNo: "CP0001",
    campaignTarget: true,
    campaignResponse: false,
    salespersonCode: "",
    interactionTemplateCode: "",
    unitCost: n,
    unitDuration: 5,
    date: "2026-03-01",
  };
}

/** Target-group row `n` of a campaign: alternately a customer and a company contact. */
export function targetGroupOf(campaignNo: string, n: number): CampaignTargetGroup {
  return n % 2 === 0
    ? { type: "Customer", no: `K${n}`, campaignNo }
    : { type: "Contact", no: `CT${String(n).padStart(6, "0")}`, campaignNo };
}

export function rowsOf<E extends EntityKind>(entity: E, from: number, count: number): StoredRow<E>[] {
  return Array.from({ length: count }, (_, i) => rowOf(entity, from + i));
}

export function logFor(entity: EntityKind, origin = "test"): ChangeLogEntry {
  return { at: "2026-01-01T00:00:00Z", bindingId: "b1", entity, origin, puts: 0, deletes: 0, keys: [] };
}

/** A unit with only deletes and puts (and whatever `extra` adds). */
export function unitOf<E extends EntityKind>(
  entity: E,
  puts: readonly StoredRow<E>[],
  deletes: readonly string[] = [],
  extra: Partial<UnitOfWork<E>> = {},
): UnitOfWork<E> {
  return { entity, deletes, puts, log: logFor(entity), ...extra };
}

/** Rows sorted by row id, for comparisons that must not depend on storage order. */
export const byRowId = <R extends { rowId: string }>(rows: readonly R[]): R[] =>
  [...rows].sort((a, b) => (a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));

export const ALL_ENTITIES: readonly EntityKind[] = [
  "campaignStatus",
  "salesperson",
  "campaign",
  "itemDiscountGroup",
  "customerPriceGroup",
  "customerDiscountGroup",
  "currency",
  "item",
  "itemUnitOfMeasure",
  "itemVariant",
  "customer",
  "salesPrice",
  "salesLineDiscount",
  "contact",
  "team",
  "teamMember",
  "interactionGroup",
  "interactionTemplate",
  "segmentHeader",
  "segmentLine",
  "numberSeries",
  "campaignActivation",
  "loggedSegment",
  "campaignEntry",
  "interactionLogEntry",
  "salesCycle",
  "salesCycleStage",
  "opportunity",
  "opportunityEntry",
  "activity",
  "activityStep",
  "task",
];
