import { compileCriteria, type ContactCriteria, type ContactMatcher } from "./contactCriteria";
import { addContactsByCriteria, reduceLines, refineLines, type AddContactsOptions } from "./segmentActions";
import { newSegmentLine } from "./segmentLineDerivations";
import type { Contact, InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

const aContact = (no: string, type: Contact["type"], companyNo: string, overrides: Partial<Contact> = {}): Contact => ({
  no,
  type,
  name: `Contact ${no}`,
  companyNo,
  salespersonCode: `SP-${no}`,
  email: "",
  postCode: "",
  city: "",
  countryCode: "",
  territoryCode: "",
  excludeFromSegment: false,
  ...overrides,
});

// CO1 has persons PE1 (on the segment) and PE2 (excluded); CO2 is excluded and has PE3; PE4 has no company.
const contacts: Contact[] = [
  aContact("CO1", "Company", "CO1"),
  aContact("CO2", "Company", "", { excludeFromSegment: true }),
  aContact("PE1", "Person", "CO1"),
  aContact("PE2", "Person", "CO1", { excludeFromSegment: true }),
  aContact("PE3", "Person", "CO2"),
  aContact("PE4", "Person", ""),
];
const header: SegmentHeader = {
  no: "SEG01",
  description: "Spring",
  campaignNo: "CP1",
  campaignTarget: true,
  campaignResponse: false,
  salespersonCode: "",
  interactionTemplateCode: "MAIL",
  unitCost: 3,
  unitDuration: 4,
  date: "2026-03-01",
};
const byNo = (no: string): Contact => {
  const contact = contacts.find((c) => c.no === no);
  if (contact === undefined) throw new Error(`no contact ${no} in the fixture`);
  return contact;
};
const lineFor = (no: string, lineNo: number): SegmentLine => newSegmentLine(header, byNo(no), lineNo);
const existing = [lineFor("PE1", 20000)];

const criteria = (c: ContactCriteria): ContactMatcher => {
  const compiled = compileCriteria(c, "en");
  if (!compiled.ok) throw new Error("bad criteria");
  return compiled.matcher;
};
const off: AddContactsOptions = {
  allowExisting: false,
  expandCompanies: false,
  allowRelatedCompanies: false,
  ignoreExclusion: false,
};
const added = (c: ContactCriteria, options: Partial<AddContactsOptions> = {}) =>
  addContactsByCriteria(contacts, existing, header, criteria(c), { ...off, ...options });
const nos = (lines: readonly SegmentLine[]) => lines.map((l) => l.contactNo);

describe("[§4.6] Add Contacts", () => {
  test("adds the matching contacts, skipping excluded ones and those already on the segment", () => {
    const result = added({ type: "Person" });
    expect(nos(result.added)).toEqual(["PE3", "PE4"]);
    expect(result.skipped).toEqual({ excluded: 1, existing: 1 });
  });

  test("new lines are numbered after the last line, 10000 apart, with the header's defaults", () => {
    const templates = new Map<string, InteractionTemplate>();
    const result = addContactsByCriteria(contacts, existing, header, criteria({ no: "PE3|PE4" }), off, templates);
    expect(result.added).toEqual([lineFor("PE3", 30000), lineFor("PE4", 40000)]);
    expect(result.added[0]).toMatchObject({ campaignNo: "CP1", cost: 3, duration: 4, salespersonCode: "SP-PE3" });
  });

  test("the header's template (looked up in `templates`) fills a blank campaign", () => {
    const template = { code: "MAIL", campaignNo: "CPT", description: "From template" } as InteractionTemplate;
    const blankCampaign = { ...header, campaignNo: "" };
    const templates = new Map([["MAIL", template]]);
    const result = addContactsByCriteria(contacts, [], blankCampaign, criteria({ no: "PE4" }), off, templates);
    expect(result.added[0]).toMatchObject({ lineNo: 10000, campaignNo: "CPT", description: "Spring" });
  });

  test("allowExisting on: a contact already on the segment is added again", () => {
    expect(nos(added({ no: "PE1" }).added)).toEqual([]);
    expect(nos(added({ no: "PE1" }, { allowExisting: true }).added)).toEqual(["PE1"]);
  });

  test("ignoreExclusion on: contacts flagged excludeFromSegment are added", () => {
    expect(added({ no: "PE2" })).toEqual({ added: [], skipped: { excluded: 1, existing: 0 } });
    expect(nos(added({ no: "PE2" }, { ignoreExclusion: true }).added)).toEqual(["PE2"]);
  });

  test("expandCompanies on: the persons of a matching company come along (exclusion and existing still apply)", () => {
    expect(nos(added({ no: "CO1" }).added)).toEqual(["CO1"]);
    const expanded = added({ no: "CO1" }, { expandCompanies: true });
    expect(nos(expanded.added)).toEqual(["CO1"]);
    expect(expanded.skipped).toEqual({ excluded: 1, existing: 1 });
    const all = added({ no: "CO1" }, { expandCompanies: true, allowExisting: true, ignoreExclusion: true });
    expect(nos(all.added)).toEqual(["CO1", "PE1", "PE2"]);
  });

  test("allowRelatedCompanies on: the company of a matching person comes along", () => {
    expect(nos(added({ no: "PE4|PE3" }).added)).toEqual(["PE3", "PE4"]);
    expect(nos(added({ no: "PE3|PE4" }, { allowRelatedCompanies: true, ignoreExclusion: true }).added)).toEqual([
      "CO2",
      "PE3",
      "PE4",
    ]);
    const related = added({ no: "PE3" }, { allowRelatedCompanies: true });
    expect(related).toMatchObject({ added: [{ contactNo: "PE3" }], skipped: { excluded: 1, existing: 0 } });
  });

  test("each contact is added once, even when matched and reached through its company", () => {
    const all = { allowExisting: true, expandCompanies: true, allowRelatedCompanies: true, ignoreExclusion: true };
    const result = added({}, all);
    expect(nos(result.added)).toEqual(contacts.map((c) => c.no));
    expect(result.added.map((l) => l.lineNo)).toEqual([30000, 40000, 50000, 60000, 70000, 80000]);
  });
});

describe("[§4.6] Remove Contacts – Reduce and Refine", () => {
  const lines = [lineFor("PE1", 10000), lineFor("PE2", 20000), lineFor("PE3", 30000), lineFor("CO1", 40000)];
  const ghost = { ...lineFor("PE4", 50000), contactNo: "GONE", contactCompanyNo: "CO1" };

  test("Reduce removes the lines whose contact matches; Refine those whose contact does not", () => {
    expect(nos(reduceLines(contacts, lines, criteria({ no: "PE1|PE3" }), { entireCompanies: false }))).toEqual([
      "PE1",
      "PE3",
    ]);
    expect(nos(refineLines(contacts, lines, criteria({ no: "PE1|PE3" }), { entireCompanies: false }))).toEqual([
      "PE2",
      "CO1",
    ]);
  });

  test("entireCompanies on: a match anywhere in a company counts for all of its lines", () => {
    const match = criteria({ no: "PE2" });
    expect(nos(reduceLines(contacts, lines, match, { entireCompanies: false }))).toEqual(["PE2"]);
    expect(nos(reduceLines(contacts, lines, match, { entireCompanies: true }))).toEqual(["PE1", "PE2", "CO1"]);
    expect(nos(refineLines(contacts, lines, match, { entireCompanies: true }))).toEqual(["PE3"]);
  });

  test("a line whose contact is unknown never matches by itself; with entireCompanies its company counts", () => {
    const withGhost = [...lines, ghost];
    expect(nos(reduceLines(contacts, withGhost, criteria({}), { entireCompanies: false }))).not.toContain("GONE");
    expect(nos(refineLines(contacts, withGhost, criteria({}), { entireCompanies: false }))).toEqual(["GONE"]);
    expect(nos(reduceLines(contacts, withGhost, criteria({ no: "CO1" }), { entireCompanies: true }))).toContain("GONE");
  });

  test("a person without a company is judged by itself even with entireCompanies", () => {
    const solo = [lineFor("PE4", 10000), lineFor("PE3", 20000)];
    expect(nos(reduceLines(contacts, solo, criteria({ no: "PE4" }), { entireCompanies: true }))).toEqual(["PE4"]);
  });
});
