import type { SegmentRefs } from "./segmentRefs";
import type { Issue, TeamMember } from "./records";
import { validateTeamMembers, validateTeams } from "./validateTeams";

const refs: Pick<SegmentRefs, "teams" | "salespeople"> = {
  teams: new Set(["SALES", "SUPPORT"]),
  salespeople: new Map([
    ["SP1", { blocked: false }],
    ["SP2", { blocked: true }],
  ]),
};
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);
const member = (teamCode: string, salespersonCode: string): TeamMember => ({ teamCode, salespersonCode });

describe("[§11.2] teams", () => {
  test("code required (Code10) and unique, name Text50", () => {
    const rows = [
      { code: "SALES", name: "Sales" },
      { code: "", name: "x" },
      { code: "T".repeat(11), name: "x" },
      { code: "sales", name: "n".repeat(51) },
    ];
    expect(brief(validateTeams(rows, "en"))).toEqual([
      [0, "code", "DUPLICATE_KEY"],
      [1, "code", "KEY_REQUIRED"],
      [2, "code", "CODE_TOO_LONG"],
      [3, "name", "TEXT_TOO_LONG"],
      [3, "code", "DUPLICATE_KEY"],
    ]);
  });
});

describe("[§11.2] team members", () => {
  test("well-formed members have no issues; a blocked salesperson may stay a member", () => {
    const rows = [member("SALES", "SP1"), member("sales", "SP2"), member("SUPPORT", "SP1")];
    expect(validateTeamMembers(rows, refs, "en")).toEqual([]);
  });

  test("UNKNOWN_TEAM, UNKNOWN_SALESPERSON and KEY_REQUIRED", () => {
    const rows = [member("NOPE", "SP1"), member("SALES", "NOPE"), member("", ""), member("T".repeat(11), "SP1")];
    expect(brief(validateTeamMembers(rows, refs, "en"))).toEqual([
      [0, "teamCode", "UNKNOWN_TEAM"],
      [1, "salespersonCode", "UNKNOWN_SALESPERSON"],
      [2, "teamCode", "KEY_REQUIRED"],
      [2, "salespersonCode", "KEY_REQUIRED"],
      [3, "teamCode", "CODE_TOO_LONG"],
    ]);
  });

  test("DUPLICATE_KEY: (teamCode, salespersonCode) unique, both rows marked", () => {
    const issues = validateTeamMembers(
      [member("SALES", "SP1"), member("SUPPORT", "SP1"), member(" sales", "sp1")],
      refs,
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "salespersonCode", "DUPLICATE_KEY"],
      [2, "salespersonCode", "DUPLICATE_KEY"],
    ]);
    expect(issues[0]?.params).toMatchObject({ key: "SALES / SP1", otherRow: 2 });
  });
});
