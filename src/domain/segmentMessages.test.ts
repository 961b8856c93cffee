import { FIELD_LABELS } from "./messageCatalog";
import { formatMessage, messageCodes } from "./messages";

/** Codes the contact, team, interaction, segment, reference and filter rules emit (issue 4). */
const SEGMENT_CODES = [
  "INVALID_OPTION",
  "COMPANY_NO_NOT_OWN",
  "UNKNOWN_COMPANY",
  "NOT_A_COMPANY",
  "UNKNOWN_CONTACT",
  "UNKNOWN_TEAM",
  "UNKNOWN_INTERACTION_GROUP",
  "UNKNOWN_INTERACTION_TEMPLATE",
  "NEGATIVE_DURATION",
  "TEMPLATE_CAMPAIGN_FLAGS_NEED_CAMPAIGN",
  "SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN",
  "DUPLICATE_SEGMENT_CONTACT",
  "UNKNOWN_CONTACT_REFERENCE",
  "AMBIGUOUS_CONTACT_REFERENCE",
  "FILTER_SYNTAX",
];

/** Fields of the issue-4 records that messages may name. */
const SEGMENT_FIELDS = [
  "type",
  "companyNo",
  "postCode",
  "city",
  "countryCode",
  "territoryCode",
  "teamCode",
  "interactionGroupCode",
  "interactionTemplateCode",
  "unitCost",
  "unitDuration",
  "informationFlow",
  "initiatedBy",
  "campaignNo",
  "campaignTarget",
  "campaignResponse",
  "segmentNo",
  "lineNo",
  "contactNo",
  "cost",
  "duration",
  "date",
  "evaluation",
];

describe("[§2] segment messages exist in English and Danish", () => {
  test("the catalog covers every code the segment rules emit", () => {
    expect(messageCodes()).toEqual(expect.arrayContaining(SEGMENT_CODES));
  });

  test.each(SEGMENT_FIELDS)("field %s has a label in both languages", (field) => {
    expect(FIELD_LABELS[field]?.en).toBeTruthy();
    expect(FIELD_LABELS[field]?.da).toBeTruthy();
  });

  test("AMBIGUOUS_CONTACT_REFERENCE names the text, the count and the candidates", () => {
    const params = { text: "Anna Hansen", count: 4, candidates: "C1, C4, C5" };
    expect(formatMessage("AMBIGUOUS_CONTACT_REFERENCE", params, "en")).toBe(
      '"Anna Hansen" matches 4 contacts (for example C1, C4, C5). Enter the contact no. instead.',
    );
    expect(formatMessage("AMBIGUOUS_CONTACT_REFERENCE", params, "da")).toBe(
      '"Anna Hansen" passer på 4 kontakter (f.eks. C1, C4, C5). Skriv kontaktnr. i stedet.',
    );
  });

  test("FILTER_SYNTAX shows the field label, the filter and the offending part", () => {
    const params = { field: "postCode", filter: "(1000|2000)", part: "(" };
    expect(formatMessage("FILTER_SYNTAX", params, "en")).toContain(
      'Post code: the filter "(1000|2000)" is not valid near "("',
    );
    expect(formatMessage("FILTER_SYNTAX", params, "da")).toContain("Postnr.: filteret");
  });

  test("SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN names the flag in the user's language", () => {
    expect(formatMessage("SEGMENT_CAMPAIGN_FLAGS_NEED_CAMPAIGN", { field: "campaignTarget" }, "da")).toContain(
      "Kampagnemål er markeret",
    );
  });
});
