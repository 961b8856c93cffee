import { contactReferencesScale } from "../../test/fixtures/contactReferencesScale";
import { resolveContactReferences } from "./contactReferences";
import type { Contact } from "./records";

const aContact = (no: string, name: string, email: string): Contact => ({
  no,
  type: "Person",
  name,
  companyNo: "",
  salespersonCode: "",
  email,
  postCode: "",
  city: "",
  countryCode: "",
  territoryCode: "",
  excludeFromSegment: false,
});

const contacts = [
  aContact("C1", "Anna Hansen", "anna@firma.dk"),
  aContact("C2", "Bo  Olsen", "info@firma.dk"),
  aContact("C3", "Carl Berg", "INFO@firma.dk"),
  aContact("C4", "Anna Hansen", "anna2@firma.dk"),
  aContact("C5", "Anna Hansen", ""),
  aContact("C6", "Anna Hansen", ""),
  aContact("C7", "C1", "c7@firma.dk"),
];

describe("[§4] pasted contact references", () => {
  test("a contact no. wins, trimmed and in any case (even over a contact named like it)", () => {
    expect(resolveContactReferences([" c1 ", "C7"], contacts)).toEqual([
      { ok: true, contactNo: "C1" },
      { ok: true, contactNo: "C7" },
    ]);
  });

  test("else an e-mail held by exactly one contact, in any case", () => {
    expect(resolveContactReferences(["ANNA@Firma.dk", " anna2@firma.dk"], contacts)).toEqual([
      { ok: true, contactNo: "C1" },
      { ok: true, contactNo: "C4" },
    ]);
  });

  test("else a name held by exactly one contact, in any case, runs of spaces as one", () => {
    expect(resolveContactReferences(["bo olsen", "  CARL   berg "], contacts)).toEqual([
      { ok: true, contactNo: "C2" },
      { ok: true, contactNo: "C3" },
    ]);
  });

  test("AMBIGUOUS_CONTACT_REFERENCE names the count and at most 3 candidates", () => {
    expect(resolveContactReferences(["info@FIRMA.dk", "anna hansen"], contacts)).toEqual([
      {
        ok: false,
        code: "AMBIGUOUS_CONTACT_REFERENCE",
        params: { text: "info@FIRMA.dk", count: 2, candidates: "C2, C3" },
      },
      {
        ok: false,
        code: "AMBIGUOUS_CONTACT_REFERENCE",
        params: { text: "anna hansen", count: 4, candidates: "C1, C4, C5" },
      },
    ]);
  });

  test("UNKNOWN_CONTACT_REFERENCE for text that names nobody, and for a blank text", () => {
    expect(resolveContactReferences(["Dora", "", "nobody@firma.dk"], contacts)).toEqual([
      { ok: false, code: "UNKNOWN_CONTACT_REFERENCE", params: { text: "Dora" } },
      { ok: false, code: "UNKNOWN_CONTACT_REFERENCE", params: { text: "" } },
      { ok: false, code: "UNKNOWN_CONTACT_REFERENCE", params: { text: "nobody@firma.dk" } },
    ]);
  });

  test("[§9] 50,000 texts against 50,000 contacts: each resolves to its contact, texts naming nobody to none", () => {
    const { contacts: many, texts, expectedNo } = contactReferencesScale(50_000);
    const results = resolveContactReferences(texts, many);
    const wrong = results.filter((r, i) => {
      const no = expectedNo(i);
      return no === null ? r.ok : !r.ok || r.contactNo !== no;
    });
    expect(wrong).toEqual([]);
    expect(results).toHaveLength(50_000);
  }, 120_000);
});
