import { ISSUE_TITLES, issueTitle } from "./issueTitles";
import { messageCodes } from "./messages";

/** Message codes that are not row issues: price-check wording, sources, outcomes. */
const NOT_ROW_ISSUES =
  /^(SOURCE_|LOST_|MISS_|OUT_OF_DATES|MIN_QTY|OTHER_|PRICE_CHECK_|NOTHING_TARGETED|ACTIVATION_NO_PRICES|CAMPAIGN_ACTIVATED$|CAMPAIGN_DEACTIVATED)/;

describe("issue titles", () => {
  test("[PN9] every row-issue code has a short title in English and Danish, distinct from its code", () => {
    const missing = messageCodes().filter((c) => !NOT_ROW_ISSUES.test(c) && !Object.hasOwn(ISSUE_TITLES, c));
    expect(missing).toEqual([]);
    for (const [code, texts] of Object.entries(ISSUE_TITLES)) {
      expect([code, texts.en.length > 0 && texts.en.length <= 40, texts.da.length > 0]).toEqual([code, true, true]);
      expect(texts.en).not.toBe(code);
    }
  });

  test("[PN9] a title reads as words: known codes in the language, conflicts as Conflict, others from the code", () => {
    expect(issueTitle("UNKNOWN_SALESPERSON", "en")).toBe("Unknown salesperson");
    expect(issueTitle("UNKNOWN_SALESPERSON", "da")).toBe("Ukendt sælger");
    expect(issueTitle("CONFLICT_FIELD", "da")).toBe("Konflikt");
    expect(issueTitle("SOME_NEW_CODE", "en")).toBe("Some new code");
  });
});
