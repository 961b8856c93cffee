import { compileCriteria } from "./contactCriteria";
import { formatMessage } from "./messages";
import type { Contact } from "./records";

const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  no: "PE1",
  type: "Person",
  name: "Anna Hansen",
  companyNo: "CO1",
  salespersonCode: "SP1",
  email: "anna@firma.dk",
  postCode: "8000",
  city: "Aarhus",
  countryCode: "DK",
  territoryCode: "JYL",
  excludeFromSegment: false,
  ...overrides,
});

const matcherOf = (criteria: Parameters<typeof compileCriteria>[0]) => {
  const compiled = compileCriteria(criteria, "en");
  if (!compiled.ok) throw new Error(compiled.issues.map((i) => i.message).join("; "));
  return compiled.matcher;
};

describe("[§4.6] contact criteria", () => {
  test("no criteria, or only blank ones, match every contact", () => {
    expect(matcherOf({})(aContact())).toBe(true);
    expect(matcherOf({ city: "  ", no: "" })(aContact())).toBe(true);
  });

  test("every criterion must hold (AND across fields)", () => {
    const match = matcherOf({ postCode: "8000..8999", type: "Person", salespersonCode: "SP1|SP2" });
    expect(match(aContact())).toBe(true);
    expect(match(aContact({ postCode: "1000" }))).toBe(false);
    expect(match(aContact({ type: "Company" }))).toBe(false);
    expect(match(aContact({ salespersonCode: "SP3" }))).toBe(false);
  });

  test("name and e-mail compare case-insensitively (BC Search Name / Search E-mail); city is case-sensitive", () => {
    expect(matcherOf({ name: "*hansen*" })(aContact())).toBe(true);
    expect(matcherOf({ email: "*@FIRMA.DK" })(aContact())).toBe(true);
    expect(matcherOf({ city: "aarhus" })(aContact())).toBe(false);
    expect(matcherOf({ city: "@aarhus" })(aContact())).toBe(true);
  });

  test("every criteria field filters its own contact field", () => {
    const c = aContact();
    const fields = [
      "no",
      "name",
      "type",
      "companyNo",
      "salespersonCode",
      "postCode",
      "city",
      "countryCode",
      "territoryCode",
      "email",
    ] as const;
    for (const field of fields) {
      expect([field, matcherOf({ [field]: `'${c[field]}'` })(c)]).toEqual([field, true]);
      expect([field, matcherOf({ [field]: `<>'${c[field]}'` })(c)]).toEqual([field, false]);
    }
  });

  test("a company's company no. is its own no. even before it is filled in", () => {
    const company = aContact({ no: "CO1", type: "Company", companyNo: "" });
    expect(matcherOf({ companyNo: "CO1" })(company)).toBe(true);
  });

  test("FILTER_SYNTAX: one issue per bad field, naming the field in the user's language", () => {
    const compiled = compileCriteria({ no: "(A|B)", city: "ok", postCode: "1..2..3" }, "da");
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.issues.map((i) => [i.field, i.code, i.severity])).toEqual([
      ["no", "FILTER_SYNTAX", "error"],
      ["postCode", "FILTER_SYNTAX", "error"],
    ]);
    expect(compiled.issues[1]?.params).toEqual({ field: "postCode", filter: "1..2..3", part: "1..2..3" });
    expect(compiled.issues[1]?.message).toBe(formatMessage("FILTER_SYNTAX", compiled.issues[1]?.params ?? {}, "da"));
    expect(compiled.issues[1]?.message).toContain("Postnr.");
  });
});
