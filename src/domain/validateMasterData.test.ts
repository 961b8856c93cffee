import type { CampaignStatus, Issue, Salesperson } from "./records";
import { validateCampaignStatuses, validateSalespeople } from "./validateMasterData";

const status = (code: string, description = "Planned"): CampaignStatus => ({ code, description });
const person = (overrides: Partial<Salesperson> = {}): Salesperson => ({
  code: "ANNA",
  name: "Anna Berg",
  email: "anna@example.com",
  blocked: false,
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code, i.severity]);

describe("[§2] campaign statuses (Code10 key, Text100 description)", () => {
  test("valid statuses have no issues", () => {
    expect(validateCampaignStatuses([status("PLANNED"), status("DONE", "")], "en")).toEqual([]);
  });

  test("KEY_REQUIRED, CODE_TOO_LONG (over 10) and TEXT_TOO_LONG (over 100)", () => {
    const issues = validateCampaignStatuses(
      [status(""), status("ABCDEFGHIJK"), status("ABCDEFGHIJ"), status("OK", "x".repeat(101))],
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "code", "KEY_REQUIRED", "error"],
      [1, "code", "CODE_TOO_LONG", "error"],
      [3, "description", "TEXT_TOO_LONG", "error"],
    ]);
    expect(issues[1]?.params).toMatchObject({ max: 10, length: 11 });
  });

  test("DUPLICATE_KEY compares codes after normalising and marks both rows", () => {
    const issues = validateCampaignStatuses([status("done"), status("x"), status(" DONE")], "en");
    expect(brief(issues)).toEqual([
      [0, "code", "DUPLICATE_KEY", "error"],
      [2, "code", "DUPLICATE_KEY", "error"],
    ]);
    expect(issues[0]?.params).toMatchObject({ key: "DONE", otherRow: 2 });
  });
});

describe("[§11.1] salespeople (Code20 key, Text50 name, Text80 e-mail)", () => {
  test("valid salespeople have no issues; e-mail and name may be blank", () => {
    expect(validateSalespeople([person(), person({ code: "BO", email: "", name: "" })], "en")).toEqual([]);
  });

  test("KEY_REQUIRED and CODE_TOO_LONG (over 20)", () => {
    const issues = validateSalespeople([person({ code: " " }), person({ code: "S".repeat(21) })], "en");
    expect(brief(issues)).toEqual([
      [0, "code", "KEY_REQUIRED", "error"],
      [1, "code", "CODE_TOO_LONG", "error"],
    ]);
  });

  test("TEXT_TOO_LONG for a name over 50 and an e-mail over 80 characters", () => {
    const longEmail = `${"a".repeat(70)}@example.com`;
    const issues = validateSalespeople(
      [person({ name: "n".repeat(51) }), person({ code: "B", email: longEmail })],
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "name", "TEXT_TOO_LONG", "error"],
      [1, "email", "TEXT_TOO_LONG", "error"],
    ]);
  });

  test("[PS9] INVALID_EMAIL is an error (BC refuses the address), in the user's language", () => {
    const [issue] = validateSalespeople([person({ email: "anna at example" })], "da");
    expect(issue).toMatchObject({ field: "email", code: "INVALID_EMAIL", severity: "error" });
    expect(issue?.message).toContain("er ikke en e-mailadresse, som Business Central godtager");
  });

  test("DUPLICATE_KEY marks both salespeople", () => {
    const issues = validateSalespeople([person(), person({ code: "anna" })], "en");
    expect(issues.map((i) => [i.row, i.code, i.params["otherRow"]])).toEqual([
      [0, "DUPLICATE_KEY", 1],
      [1, "DUPLICATE_KEY", 0],
    ]);
  });
});
