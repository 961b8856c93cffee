import { planActivation, type ActivationInput } from "./activation";
import { isActivated, planDeactivation, type TargetingContacts, type TargetingInteraction } from "./targetGroups";
import type { CampaignTargetGroup, SegmentLine } from "./records";

// Companies K1 (linked to customer 10000) and K2 (no customer); persons P1, P2 of K1 and P3 of K2; P9 without company.
const contacts: TargetingContacts = new Map([
  ["K1", { type: "Company", companyNo: "K1" }],
  ["K2", { type: "Company", companyNo: "K2" }],
  ["P1", { type: "Person", companyNo: "K1" }],
  ["P2", { type: "Person", companyNo: "K1" }],
  ["P3", { type: "Person", companyNo: "K2" }],
  ["P9", { type: "Person", companyNo: "" }],
]);
const customerByContact = new Map([["K1", "10000"]]);

type Line = Pick<SegmentLine, "campaignNo" | "campaignTarget" | "contactNo" | "contactCompanyNo">;
const line = (contactNo: string, overrides: Partial<Line> = {}): Line => ({
  campaignNo: "CP0001",
  campaignTarget: true,
  contactNo,
  contactCompanyNo: contacts.get(contactNo)?.companyNo ?? "",
  ...overrides,
});
const interaction = (contactNo: string, overrides: Partial<TargetingInteraction> = {}): TargetingInteraction => ({
  ...line(contactNo),
  canceled: false,
  postponed: false,
  ...overrides,
});
const input = (overrides: Partial<ActivationInput> = {}): ActivationInput => ({
  segmentLines: [],
  contacts,
  customerByContact,
  existingRows: [],
  hasPricesOrDiscounts: true,
  ...overrides,
});
const keys = (rows: readonly CampaignTargetGroup[]): string[] =>
  rows.map((r) => `${r.type}:${r.no}:${r.campaignNo}`).sort();

describe("[§4, bc-reference §6.3] each targeted contact becomes one row for its company", () => {
  test("persons are mapped to their company; a company linked to a customer becomes a Customer row", () => {
    const plan = planActivation("CP0001", input({ segmentLines: [line("P1"), line("P3")] }), "en");
    expect(keys(plan.puts)).toEqual(["Contact:K2:CP0001", "Customer:10000:CP0001"]);
    expect(plan.error).toBeUndefined();
  });

  test("persons are never stored, and several contacts of one company give one row", () => {
    const plan = planActivation("CP0001", input({ segmentLines: [line("P1"), line("P2"), line("K1")] }), "en");
    expect(keys(plan.puts)).toEqual(["Customer:10000:CP0001"]);
  });

  test("lines without Campaign Target and lines of other campaigns do not count", () => {
    const lines = [line("P1", { campaignTarget: false }), line("P3", { campaignNo: "CP0002" }), line("K2")];
    expect(keys(planActivation("cp0001", input({ segmentLines: lines }), "en").puts)).toEqual(["Contact:K2:CP0001"]);
  });

  test("an unknown contact falls back to the company no. stored on the line", () => {
    const plan = planActivation("CP0001", input({ segmentLines: [line("X1", { contactCompanyNo: "K7" })] }), "en");
    expect(keys(plan.puts)).toEqual(["Contact:K7:CP0001"]);
  });

  test("a person without a company gives no row and is reported", () => {
    const plan = planActivation("CP0001", input({ segmentLines: [line("P9"), line("K2")] }), "en");
    expect(keys(plan.puts)).toEqual(["Contact:K2:CP0001"]);
    expect(plan.withoutCompany).toEqual(["P9"]);
  });
});

describe("[§4] interactions count unless canceled or postponed (deviation: BC also counts canceled ones)", () => {
  test("a targeted interaction adds its company; canceled and postponed ones do not", () => {
    const interactions = [
      interaction("P3"),
      interaction("P1", { canceled: true }),
      interaction("K1", { postponed: true }),
    ];
    expect(keys(planActivation("CP0001", input({ interactions }), "en").puts)).toEqual(["Contact:K2:CP0001"]);
  });

  test("only canceled or postponed interactions count as nothing targeted", () => {
    const interactions = [interaction("P1", { canceled: true }), interaction("K2", { postponed: true })];
    expect(planActivation("CP0001", input({ interactions }), "en").error?.code).toBe("NOTHING_TARGETED");
  });
});

describe("[§4] activation can be run again: only missing rows are put", () => {
  test("re-activation after a new line puts only the new company's row", () => {
    const first = planActivation("CP0001", input({ segmentLines: [line("P1")] }), "en").puts;
    const again = planActivation(
      "CP0001",
      input({ segmentLines: [line("P1"), line("P3")], existingRows: first }),
      "en",
    );
    expect(keys(again.puts)).toEqual(["Contact:K2:CP0001"]);
  });

  test("re-activation with nothing new puts nothing and is no error", () => {
    const first = planActivation("CP0001", input({ segmentLines: [line("P1"), line("K2")] }), "en").puts;
    const again = planActivation(
      "CP0001",
      input({ segmentLines: [line("P1"), line("K2")], existingRows: first }),
      "en",
    );
    expect(again.puts).toEqual([]);
    expect(again.error).toBeUndefined();
  });

  test("rows of other campaigns for the same company do not stop this campaign's row", () => {
    const other: CampaignTargetGroup = { type: "Customer", no: "10000", campaignNo: "CP0002" };
    const plan = planActivation("CP0001", input({ segmentLines: [line("P1")], existingRows: [other] }), "en");
    expect(keys(plan.puts)).toEqual(["Customer:10000:CP0001"]);
  });
});

describe("[§4] nothing targeted is an error; no prices asks for confirmation", () => {
  test("no targeted segment line or interaction → NOTHING_TARGETED naming the campaign, nothing put", () => {
    const plan = planActivation("CP0001", input({ segmentLines: [line("P1", { campaignTarget: false })] }), "da");
    expect(plan.error).toMatchObject({ code: "NOTHING_TARGETED", severity: "error", params: { campaign: "CP0001" } });
    expect(plan.error?.message).toContain("CP0001");
    expect(plan.puts).toEqual([]);
  });

  test("a campaign without prices and discounts needs confirmation; one with them does not", () => {
    const lines = [line("P1")];
    expect(planActivation("CP0001", input({ segmentLines: lines, hasPricesOrDiscounts: false }), "en")).toMatchObject({
      needsConfirmation: true,
      puts: [{ type: "Customer", no: "10000", campaignNo: "CP0001" }],
    });
    expect(planActivation("CP0001", input({ segmentLines: lines }), "en").needsConfirmation).toBe(false);
  });
});

describe("[§4] activated = the campaign has a row; deactivation deletes all its rows", () => {
  const rows: CampaignTargetGroup[] = [
    { type: "Customer", no: "10000", campaignNo: "CP0001" },
    { type: "Contact", no: "K2", campaignNo: "CP0001" },
    { type: "Contact", no: "K2", campaignNo: "CP0002" },
  ];

  test("isActivated is true only for a campaign with rows", () => {
    expect(isActivated("CP0001", rows)).toBe(true);
    expect(isActivated(" cp0002", rows)).toBe(true);
    expect(isActivated("CP0003", rows)).toBe(false);
  });

  test("planDeactivation deletes every row of the campaign and nothing else", () => {
    const changes = planDeactivation("CP0001", rows);
    expect(changes.puts).toEqual([]);
    expect(keys(changes.deletes)).toEqual(["Contact:K2:CP0001", "Customer:10000:CP0001"]);
    const rest = rows.filter((r) => !changes.deletes.includes(r));
    expect(isActivated("CP0001", rest)).toBe(false);
    expect(isActivated("CP0002", rest)).toBe(true);
  });
});
