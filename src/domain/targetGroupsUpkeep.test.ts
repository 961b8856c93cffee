import { convertContactToCustomer, type TargetingContacts, type TargetingInteraction } from "./targetGroups";
import { targetGroupChangesForLines, type LineUpkeepInput, type UpkeepLine } from "./targetGroupsUpkeep";
import type { CampaignTargetGroup } from "./records";

// K1 is linked to customer 10000; K2 has no customer. P1, P2 work for K1; P3 for K2.
const contacts: TargetingContacts = new Map([
  ["K1", { type: "Company", companyNo: "K1" }],
  ["K2", { type: "Company", companyNo: "K2" }],
  ["P1", { type: "Person", companyNo: "K1" }],
  ["P2", { type: "Person", companyNo: "K1" }],
  ["P3", { type: "Person", companyNo: "K2" }],
]);
const customerByContact = new Map([["K1", "10000"]]);

const line = (lineNo: number, contactNo: string, overrides: Partial<UpkeepLine> = {}): UpkeepLine => ({
  segmentNo: "SEG01",
  lineNo,
  campaignNo: "CP0001",
  campaignTarget: true,
  contactNo,
  contactCompanyNo: contacts.get(contactNo)?.companyNo ?? "",
  ...overrides,
});
const interaction = (contactNo: string, overrides: Partial<TargetingInteraction> = {}): TargetingInteraction => ({
  campaignNo: "CP0001",
  campaignTarget: true,
  contactNo,
  contactCompanyNo: contacts.get(contactNo)?.companyNo ?? "",
  canceled: false,
  postponed: false,
  ...overrides,
});
const K1_ROW: CampaignTargetGroup = { type: "Customer", no: "10000", campaignNo: "CP0001" };
const K2_ROW: CampaignTargetGroup = { type: "Contact", no: "K2", campaignNo: "CP0001" };
const upkeep = (overrides: Partial<LineUpkeepInput>): LineUpkeepInput => ({
  before: [],
  after: [],
  segmentLines: [],
  contacts,
  customerByContact,
  existingRows: [K1_ROW],
  ...overrides,
});
const keys = (rows: readonly CampaignTargetGroup[]): string[] => rows.map((r) => `${r.type}:${r.no}:${r.campaignNo}`);

describe("[§4] while activated, adding a targeted line adds its company's row", () => {
  test("a new targeted line of a new company adds its row", () => {
    const added = line(2, "P3");
    const changes = targetGroupChangesForLines(upkeep({ after: [added], segmentLines: [line(1, "P1"), added] }));
    expect(keys(changes.puts)).toEqual(["Contact:K2:CP0001"]);
    expect(changes.deletes).toEqual([]);
  });

  test("a line of a company that already has its row adds nothing", () => {
    expect(targetGroupChangesForLines(upkeep({ after: [line(2, "P2")] })).puts).toEqual([]);
  });

  test("a campaign that is not activated (no rows) is not kept up", () => {
    const changes = targetGroupChangesForLines(upkeep({ after: [line(2, "P3", { campaignNo: "CP0002" })] }));
    expect(changes).toEqual({ puts: [], deletes: [] });
  });

  test("a line without Campaign Target adds nothing", () => {
    expect(targetGroupChangesForLines(upkeep({ after: [line(2, "P3", { campaignTarget: false })] })).puts).toEqual([]);
  });
});

describe("[§4] removing the LAST reference of a company removes its row (deviation: BC never removed it)", () => {
  test("removing a person's line removes the company's Contact row (BC looked it up under the person's no.)", () => {
    const removed = line(2, "P3");
    const changes = targetGroupChangesForLines(
      upkeep({ before: [removed], segmentLines: [line(1, "P1"), removed], existingRows: [K1_ROW, K2_ROW] }),
    );
    expect(keys(changes.deletes)).toEqual(["Contact:K2:CP0001"]);
  });

  test("removing the last line of a customer's company removes the Customer row", () => {
    const removed = line(1, "P1");
    expect(keys(targetGroupChangesForLines(upkeep({ before: [removed] })).deletes)).toEqual(["Customer:10000:CP0001"]);
  });

  test("another line of the same company keeps the row", () => {
    const removed = line(1, "P1");
    const changes = targetGroupChangesForLines(upkeep({ before: [removed], segmentLines: [removed, line(2, "P2")] }));
    expect(changes.deletes).toEqual([]);
  });

  test("a live interaction keeps the row; a canceled or postponed one does not", () => {
    const removed = line(1, "P1");
    const keepBy = (i: TargetingInteraction): number =>
      targetGroupChangesForLines(upkeep({ before: [removed], segmentLines: [removed], interactions: [i] })).deletes
        .length;
    expect(keepBy(interaction("P2"))).toBe(0);
    expect(keepBy(interaction("P2", { canceled: true }))).toBe(1);
    expect(keepBy(interaction("P2", { postponed: true }))).toBe(1);
  });

  test("a row stored as Contact before the company got its customer is still removed", () => {
    const stale: CampaignTargetGroup = { type: "Contact", no: "K1", campaignNo: "CP0001" };
    const changes = targetGroupChangesForLines(upkeep({ before: [line(1, "P1")], existingRows: [stale] }));
    expect(changes.deletes).toEqual([stale]);
  });

  test("references works with the stored lines before or after the change", () => {
    const removed = line(1, "P1");
    const before = targetGroupChangesForLines(upkeep({ before: [removed], segmentLines: [removed] }));
    const after = targetGroupChangesForLines(upkeep({ before: [removed], segmentLines: [] }));
    expect(before).toEqual(after);
    expect(before.deletes).toHaveLength(1);
  });
});

describe("[§4] a line whose campaign, target or contact changed counts as remove + add", () => {
  test("moving the only line of K1 to contact P3 removes K1's row and adds K2's", () => {
    const old = line(1, "P1");
    const moved = line(1, "P3");
    const changes = targetGroupChangesForLines(upkeep({ before: [old], after: [moved], segmentLines: [old] }));
    expect(keys(changes.puts)).toEqual(["Contact:K2:CP0001"]);
    expect(keys(changes.deletes)).toEqual(["Customer:10000:CP0001"]);
  });

  test("clearing Campaign Target on the last line removes the row", () => {
    const old = line(1, "P1");
    const cleared = line(1, "P1", { campaignTarget: false });
    const changes = targetGroupChangesForLines(upkeep({ before: [old], after: [cleared], segmentLines: [old] }));
    expect(keys(changes.deletes)).toEqual(["Customer:10000:CP0001"]);
  });

  test("moving a line to another activated campaign moves the row", () => {
    const other: CampaignTargetGroup = { type: "Contact", no: "K2", campaignNo: "CP0002" };
    const old = line(1, "P1");
    const moved = line(1, "P1", { campaignNo: "CP0002" });
    const changes = targetGroupChangesForLines(
      upkeep({ before: [old], after: [moved], segmentLines: [old], existingRows: [K1_ROW, other] }),
    );
    expect(keys(changes.puts)).toEqual(["Customer:10000:CP0002"]);
    expect(keys(changes.deletes)).toEqual(["Customer:10000:CP0001"]);
  });

  test("an edit that keeps campaign, target and company changes nothing", () => {
    const old = line(1, "P1");
    const edited = line(1, "P2");
    expect(targetGroupChangesForLines(upkeep({ before: [old], after: [edited], segmentLines: [old] }))).toEqual({
      puts: [],
      deletes: [],
    });
  });
});

describe("[§4, bc-reference §6.5] creating a customer converts the company's Contact rows to Customer rows", () => {
  const rows: CampaignTargetGroup[] = [
    { type: "Contact", no: "K2", campaignNo: "CP0001" },
    { type: "Contact", no: "K2", campaignNo: "CP0002" },
    { type: "Contact", no: "K3", campaignNo: "CP0001" },
    { type: "Customer", no: "20000", campaignNo: "CP0002" },
  ];

  test("every campaign's Contact row of the company becomes a Customer row; other rows stay", () => {
    const changes = convertContactToCustomer("k2", "20000", rows);
    expect(keys(changes.deletes)).toEqual(["Contact:K2:CP0001", "Contact:K2:CP0002"]);
    // CP0002 already has the Customer row: it is not put twice.
    expect(keys(changes.puts)).toEqual(["Customer:20000:CP0001"]);
  });

  test("a Customer row whose no. equals the contact's no. is not converted", () => {
    const clash: CampaignTargetGroup[] = [{ type: "Customer", no: "K2", campaignNo: "CP0001" }];
    expect(convertContactToCustomer("K2", "20000", clash)).toEqual({ puts: [], deletes: [] });
  });
});
