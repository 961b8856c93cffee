import { conflictChoices } from "./conflictChoices";
import { t } from "./i18n";

describe("[IR6] deleting a canceled campaign entry waits for a yes in the pane", () => {
  test("the choice names its interactions; a campaign's names its lines", () => {
    const entry = conflictChoices({ kind: "cascade", rowId: "r1", fields: [], suggestion: "3", takes: "interactions" });
    expect(entry.map((c) => c.text)).toEqual(["conflictDeleteEntry", "conflictKeepRow"]);
    expect(entry[0]?.resolution).toEqual({ delete: true });
    expect(t("en", "conflictDeleteEntry", { key: "1", no: "3" })).toBe(
      "Delete campaign entry 1 and its 3 interactions",
    );
    const campaign = conflictChoices({ kind: "cascade", rowId: "r2", fields: [], suggestion: "51", takes: "lines" });
    expect(campaign[0]?.text).toBe("conflictDeleteCascade");
  });
});
