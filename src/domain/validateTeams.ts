/** Teams and their members (bc-reference.md §11.2): a team groups salespeople; team tasks fan out to members. */
import { CODE10, CODE20, TEXT50 } from "./codes";
import { checkKey, checkText, IssueList, markDuplicates } from "./fieldChecks";
import { joinKey, markDuplicateKeys } from "./duplicateKeys";
import { checkRequiredRef } from "./refChecks";
import type { SegmentRefs } from "./segmentRefs";
import type { Issue, Lang, Team, TeamMember } from "./records";

/** Teams: code required (Code10) and unique, name Text50. */
export function validateTeams(rows: readonly Team[], lang: Lang): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((t, row) => {
    keys.push(checkKey(out, row, "code", t.code, CODE10));
    checkText(out, row, "name", t.name, TEXT50);
  });
  markDuplicates(out, keys, "code");
  return out.sorted();
}

/**
 * Team members: team required and existing (UNKNOWN_TEAM), salesperson required and existing
 * (UNKNOWN_SALESPERSON; a blocked one may stay a member, as in BC); (teamCode, salespersonCode) unique.
 */
export function validateTeamMembers(
  rows: readonly TeamMember[],
  refs: Pick<SegmentRefs, "teams" | "salespeople">,
  lang: Lang,
): Issue[] {
  const out = new IssueList(lang);
  const keys: string[] = [];
  rows.forEach((m, row) => {
    const team = checkRequiredRef(out, row, "teamCode", m.teamCode, CODE10, refs.teams, "UNKNOWN_TEAM");
    const sp = m.salespersonCode;
    const salesperson = checkRequiredRef(
      out,
      row,
      "salespersonCode",
      sp,
      CODE20,
      refs.salespeople,
      "UNKNOWN_SALESPERSON",
    );
    keys.push(team !== "" && salesperson !== "" ? joinKey([team, salesperson]) : "");
  });
  markDuplicateKeys(out, keys, "salespersonCode", "DUPLICATE_KEY", ["teamCode", "salespersonCode"]);
  return out.sorted();
}
