import { campaignLineIssues } from "./campaignLineIssues";
import { binding, issue } from "./paneTestKit";

const bindings = [
  binding({ id: "general", entity: "salesPrice" }),
  binding({ id: "p1", entity: "salesPrice", scope: { campaignNo: "CP1" } }),
  binding({ id: "d1", entity: "salesLineDiscount", scope: { campaignNo: "CP1" } }),
  binding({ id: "p2", entity: "salesPrice", scope: { campaignNo: "CP2" } }),
];

describe("lines with issues in a campaign's own sheets", () => {
  test("a row with several errors counts once; the same row index in another sheet is another row", () => {
    const issues = [issue("p1", 3, "error", "A"), issue("p1", 3, "error", "B"), issue("d1", 3, "error")];
    expect(campaignLineIssues("CP1", bindings, issues)).toMatchObject({ errorRows: 2, warningRows: 0 });
  });

  test("warnings count only rows that have no error", () => {
    const issues = [
      issue("p1", 0, "warning"),
      issue("p1", 0, "error"),
      issue("p1", 1, "warning"),
      issue("d1", 5, "warning"),
    ];
    expect(campaignLineIssues("CP1", bindings, issues)).toMatchObject({ errorRows: 1, warningRows: 2 });
  });

  test("an error after a warning on the same row makes it an error row", () => {
    const issues = [issue("d1", 2, "warning"), issue("d1", 2, "error")];
    expect(campaignLineIssues("CP1", bindings, issues)).toMatchObject({ errorRows: 1, warningRows: 0 });
  });

  test("issues of the general sheet and of other campaigns are not this campaign's", () => {
    const issues = [issue("general", 0, "error"), issue("p2", 0, "error"), issue("p2", 1, "warning")];
    expect(campaignLineIssues("CP1", bindings, issues)).toEqual({ errorRows: 0, warningRows: 0, first: null });
  });

  test("the first issue is the campaign's first in the engine's order", () => {
    const mine = issue("d1", 7, "warning", "MINE");
    const issues = [issue("general", 0, "error"), issue("p2", 0, "error"), mine, issue("p1", 0, "error")];
    expect(campaignLineIssues("CP1", bindings, issues).first).toBe(mine);
  });
});
