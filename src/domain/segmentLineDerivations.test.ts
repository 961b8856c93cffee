import {
  applyHeaderToLines,
  lineDefaultsFromHeader,
  newSegmentLine,
  nextLineNo,
  withContactCompany,
} from "./segmentLineDerivations";
import type { Contact, InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  no: "PE1",
  type: "Person",
  name: "Anna",
  companyNo: "CO1",
  salespersonCode: "SPC",
  email: "",
  postCode: "",
  city: "",
  countryCode: "",
  territoryCode: "",
  excludeFromSegment: false,
  ...overrides,
});
const aHeader = (overrides: Partial<SegmentHeader> = {}): SegmentHeader => ({
  no: "SEG01",
  description: "Spring mailing",
  campaignNo: "CP0001",
  campaignTarget: true,
  campaignResponse: true,
  salespersonCode: "SPH",
  interactionTemplateCode: "MAIL",
  unitCost: 2.5,
  unitDuration: 7,
  date: "2026-03-01",
  ...overrides,
});
const aTemplate = (overrides: Partial<InteractionTemplate> = {}): InteractionTemplate => ({
  code: "MAIL",
  interactionGroupCode: "LETTER",
  description: "Template text",
  unitCost: 9,
  unitDuration: 9,
  informationFlow: "Outbound",
  initiatedBy: "Us",
  campaignNo: "CPT",
  campaignTarget: false,
  campaignResponse: false,
  ...overrides,
});

describe("[§4] a company is its own company", () => {
  test("withContactCompany sets a company's companyNo to its own no.", () => {
    expect(withContactCompany(aContact({ no: "co5", type: "Company", companyNo: "" })).companyNo).toBe("CO5");
    expect(withContactCompany(aContact({ no: "CO5", type: "Company", companyNo: "CO1" })).companyNo).toBe("CO5");
  });

  test("persons and settled companies come back unchanged (same object)", () => {
    const person = aContact();
    const company = aContact({ no: "CO5", type: "Company", companyNo: "CO5" });
    expect(withContactCompany(person)).toBe(person);
    expect(withContactCompany(company)).toBe(company);
  });
});

describe("[§4] new lines take the header's defaults", () => {
  test("lineDefaultsFromHeader copies campaign, flags, salesperson, template, cost, duration, date, description", () => {
    const header = aHeader();
    expect(lineDefaultsFromHeader(header, aTemplate())).toEqual({
      campaignNo: header.campaignNo,
      campaignTarget: header.campaignTarget,
      campaignResponse: header.campaignResponse,
      salespersonCode: header.salespersonCode,
      interactionTemplateCode: header.interactionTemplateCode,
      cost: header.unitCost,
      duration: header.unitDuration,
      date: header.date,
      description: header.description,
    });
  });

  test("the template fills only a blank campaign and a blank description", () => {
    const defaults = lineDefaultsFromHeader(aHeader({ campaignNo: "", description: "" }), aTemplate());
    expect(defaults).toMatchObject({ campaignNo: "CPT", description: "Template text", cost: 2.5, duration: 7 });
    expect(lineDefaultsFromHeader(aHeader({ campaignNo: "", description: "" }), undefined)).toMatchObject({
      campaignNo: "",
      description: "",
    });
  });

  test("newSegmentLine: header defaults, the contact's company, the header's salesperson", () => {
    const line = newSegmentLine(aHeader(), aContact(), 30000, aTemplate());
    expect(line).toEqual({
      segmentNo: "SEG01",
      lineNo: 30000,
      contactNo: "PE1",
      contactCompanyNo: "CO1",
      ...lineDefaultsFromHeader(aHeader(), aTemplate()),
      evaluation: "",
      attemptFailed: false,
    });
  });

  test("newSegmentLine: the contact's salesperson when the header has none; a company is its own company", () => {
    const line = newSegmentLine(
      aHeader({ salespersonCode: "" }),
      aContact({ no: "CO7", type: "Company", companyNo: "" }),
      10000,
    );
    expect(line).toMatchObject({ salespersonCode: "SPC", contactCompanyNo: "CO7" });
  });

  test("nextLineNo is the highest line no. + 10000, 10000 for an empty segment", () => {
    expect(nextLineNo([])).toBe(10000);
    expect(nextLineNo([{ lineNo: 30000 }, { lineNo: 10000 }])).toBe(40000);
    expect(nextLineNo([{ lineNo: 15000 }])).toBe(25000);
  });
});

describe("[§4] a header change reaches ALL lines (deviation: BC only lines with the header's template)", () => {
  const header = aHeader();
  const line = (lineNo: number, overrides: Partial<SegmentLine> = {}): SegmentLine => ({
    ...newSegmentLine(header, aContact({ no: `PE${lineNo}` }), lineNo),
    ...overrides,
  });

  test("changed fields are applied to every line, whatever its template; other fields are kept", () => {
    const lines = [line(10000), line(20000, { interactionTemplateCode: "CALL", evaluation: "Positive" })];
    const changedHeader = aHeader({ campaignNo: "CP0002", unitCost: 4, date: "2026-04-01" });
    const result = applyHeaderToLines(header, changedHeader, lines);
    expect(result.changed).toEqual(["campaignNo", "unitCost", "date"]);
    for (const l of result.lines) expect(l).toMatchObject({ campaignNo: "CP0002", cost: 4, date: "2026-04-01" });
    expect(result.lines[1]).toMatchObject({ interactionTemplateCode: "CALL", evaluation: "Positive", duration: 7 });
    expect(lines[0]?.campaignNo).toBe("CP0001"); // inputs are not mutated
  });

  test("every propagated field maps to its line field (unitCost → cost, unitDuration → duration)", () => {
    const changedHeader = aHeader({
      description: "New",
      campaignNo: "CP2",
      campaignTarget: false,
      campaignResponse: false,
      salespersonCode: "SPX",
      interactionTemplateCode: "CALL",
      unitCost: 1,
      unitDuration: 2,
      date: "2026-05-05",
    });
    const result = applyHeaderToLines(header, changedHeader, [line(10000)]);
    expect(result.changed).toHaveLength(9);
    expect(result.lines[0]).toMatchObject(lineDefaultsFromHeader(changedHeader, undefined));
  });

  test("no change → no changed fields and the same line objects; a line already up to date stays the same object", () => {
    const lines = [line(10000), line(20000, { campaignNo: "CP0002" })];
    const same = applyHeaderToLines(header, aHeader(), lines);
    expect(same.changed).toEqual([]);
    expect(same.lines[0]).toBe(lines[0]);
    const changed = applyHeaderToLines(header, aHeader({ campaignNo: "CP0002" }), lines);
    expect(changed.lines[0]).not.toBe(lines[0]);
    expect(changed.lines[1]).toBe(lines[1]);
  });
});
