import type { SegmentRefs } from "./segmentRefs";
import type { Contact, Issue } from "./records";
import { validateContacts } from "./validateContacts";

const refs: Pick<SegmentRefs, "contacts" | "salespeople"> = {
  contacts: new Map([
    ["CO1", { type: "Company" }],
    ["PE1", { type: "Person" }],
  ]),
  salespeople: new Map([
    ["SP1", { blocked: false }],
    ["SP2", { blocked: true }],
  ]),
};

const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  no: "PE9",
  type: "Person",
  name: "Anna Hansen",
  companyNo: "CO1",
  salespersonCode: "SP1",
  email: "anna@firma.dk",
  postCode: "1000",
  city: "København",
  countryCode: "DK",
  territoryCode: "",
  excludeFromSegment: false,
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code, i.severity]);

describe("[§1] contacts", () => {
  test("well-formed companies and persons have no issues; a company's companyNo may be blank or its own", () => {
    const rows = [
      aContact(),
      aContact({ no: "CO2", type: "Company", companyNo: "" }),
      aContact({ no: "CO3", type: "Company", companyNo: "co3" }),
      aContact({ no: "PE8", companyNo: "", salespersonCode: "", email: "" }),
    ];
    expect(validateContacts(rows, refs, "en")).toEqual([]);
  });

  test("KEY_REQUIRED, CODE_TOO_LONG and DUPLICATE_KEY on no.", () => {
    const rows = [
      aContact({ no: "" }),
      aContact({ no: "X".repeat(21) }),
      aContact({ no: "D1" }),
      aContact({ no: "d1 " }),
    ];
    expect(brief(validateContacts(rows, refs, "en"))).toEqual([
      [0, "no", "KEY_REQUIRED", "error"],
      [1, "no", "CODE_TOO_LONG", "error"],
      [2, "no", "DUPLICATE_KEY", "error"],
      [3, "no", "DUPLICATE_KEY", "error"],
    ]);
  });

  test("INVALID_OPTION: type must be Company or Person", () => {
    const [issue] = validateContacts([aContact({ type: "Firm" as Contact["type"] })], refs, "en");
    expect(issue).toMatchObject({ field: "type", code: "INVALID_OPTION", params: { value: "Firm" } });
    expect(issue?.message).toContain("Company, Person");
  });

  test("text and code lengths: name 100, e-mail 80, city 30, post code 20, country and territory 10", () => {
    const rows = [
      aContact({
        name: "n".repeat(101),
        email: `${"e".repeat(76)}@x.dk`, // 81 characters
        city: "c".repeat(31),
        postCode: "1".repeat(21),
        countryCode: "D".repeat(11),
        territoryCode: "T".repeat(11),
      }),
    ];
    expect(brief(validateContacts(rows, refs, "en"))).toEqual([
      [0, "name", "TEXT_TOO_LONG", "error"],
      [0, "email", "TEXT_TOO_LONG", "error"],
      [0, "city", "TEXT_TOO_LONG", "error"],
      [0, "postCode", "CODE_TOO_LONG", "error"],
      [0, "countryCode", "CODE_TOO_LONG", "error"],
      [0, "territoryCode", "CODE_TOO_LONG", "error"],
    ]);
  });

  test("[PS9] an e-mail address BC refuses is an error (INVALID_EMAIL); one BC accepts passes, with or without a dot", () => {
    const rows = ["anna at firma", "anna@", "@firma.dk", "a@b@c.dk", "anna @firma.dk", "anna@localhost", "a@b.dk"];
    expect(
      brief(
        validateContacts(
          rows.map((email, k) => aContact({ no: `K${k}`, email })),
          refs,
          "en",
        ),
      ),
    ).toEqual([
      [0, "email", "INVALID_EMAIL", "error"],
      [1, "email", "INVALID_EMAIL", "error"],
      [2, "email", "INVALID_EMAIL", "error"],
      [3, "email", "INVALID_EMAIL", "error"],
      [4, "email", "INVALID_EMAIL", "error"],
    ]);
  });

  test("UNKNOWN_SALESPERSON and SALESPERSON_BLOCKED", () => {
    const rows = [aContact({ salespersonCode: "NOPE" }), aContact({ no: "PE7", salespersonCode: "sp2" })];
    expect(brief(validateContacts(rows, refs, "en"))).toEqual([
      [0, "salespersonCode", "UNKNOWN_SALESPERSON", "error"],
      [1, "salespersonCode", "SALESPERSON_BLOCKED", "error"],
    ]);
  });

  test("COMPANY_NO_NOT_OWN: a company's companyNo must be blank or its own no.", () => {
    const [issue] = validateContacts([aContact({ no: "CO5", type: "Company", companyNo: "CO1" })], refs, "en");
    expect(issue).toMatchObject({ field: "companyNo", code: "COMPANY_NO_NOT_OWN", params: { no: "CO5", code: "CO1" } });
  });

  test("UNKNOWN_COMPANY and NOT_A_COMPANY: a person's company must be a contact of type Company", () => {
    const rows = [aContact({ companyNo: "CO404" }), aContact({ no: "PE7", companyNo: "PE1" })];
    expect(brief(validateContacts(rows, refs, "en"))).toEqual([
      [0, "companyNo", "UNKNOWN_COMPANY", "error"],
      [1, "companyNo", "NOT_A_COMPANY", "error"],
    ]);
  });

  test("companies are resolved against the batch first: a pasted company and its persons go together", () => {
    const rows = [
      aContact({ no: "PE7", companyNo: "NEWCO" }),
      aContact({ no: "NEWCO", type: "Company", companyNo: "" }),
    ];
    expect(validateContacts(rows, refs, "en")).toEqual([]);
  });

  test("the batch wins over stale refs: a company turned into a person in this paste is no company", () => {
    const rows = [aContact({ no: "CO1", type: "Person", companyNo: "" }), aContact({ no: "PE7", companyNo: "CO1" })];
    expect(brief(validateContacts(rows, refs, "en"))).toEqual([[1, "companyNo", "NOT_A_COMPANY", "error"]]);
  });

  test("messages come in the requested language", () => {
    const [en] = validateContacts([aContact({ companyNo: "CO404" })], refs, "en");
    const [da] = validateContacts([aContact({ companyNo: "CO404" })], refs, "da");
    expect(en?.message).toContain("CO404");
    expect(da?.message).toContain("CO404");
    expect(da?.message).not.toBe(en?.message);
  });
});
