import { createElement } from "react";
import type { Conflict, RowIssue } from "../../sync";
import { conflictChoices, perFieldResolution } from "../conflictChoices";
import { t } from "../i18n";
import { binding, fakeEngine, issue, renderWith, tagOf, textOf } from "../paneTestKit";
import { ConflictList } from "./ConflictList";
import { CopyPrompt } from "./CopyPrompt";

const description = { en: "Description", da: "Beskrivelse" };
const endingDate = { en: "Ending Date", da: "Slutdato" };

function conflictIssue(conflict: Conflict): RowIssue {
  return { ...issue("b1", 2, "error", `CONFLICT_${conflict.kind.toUpperCase()}`), rowKey: "CP0002", conflict };
}

const render = (issues: RowIssue[], lang: "en" | "da" = "en") =>
  renderWith(
    fakeEngine({ issues, bindings: [binding({ id: "b1", entity: "campaign", sheetName: "Campaigns" })] }, lang),
    createElement(ConflictList),
  );

describe("the conflict list (M3, M7, M8)", () => {
  test("[M3] a field changed in both copies shows both values under the field's caption, with one-click choices", () => {
    const conflict: Conflict = {
      kind: "fields",
      rowId: "r2",
      fields: [{ field: "description", caption: description, sheet: "Spring mail", stored: "Spring post" }],
    };
    const html = render([conflictIssue(conflict)]);
    expect(textOf(html, "conflict-fields")).toBe(
      `${t("en", "conflictField")}${t("en", "conflictHere")}${t("en", "conflictOther")}DescriptionSpring mailSpring post`,
    );
    expect(tagOf(html, "conflict-keep-sheet")).not.toBeNull();
    expect(tagOf(html, "conflict-keep-stored")).not.toBeNull();
    expect(tagOf(html, "conflict-apply-fields")).toBeNull(); // one field: the two buttons say it all
    expect(html).toContain("Campaigns · ");
    expect(html).toContain("CP0002");
  });

  test("[M3] several fields in conflict can be decided field by field, in Danish too", () => {
    const conflict: Conflict = {
      kind: "fields",
      rowId: "r2",
      fields: [
        { field: "description", caption: description, sheet: "a", stored: "b" },
        { field: "endingDate", caption: endingDate, sheet: "2026-12-01", stored: "2026-12-24" },
      ],
    };
    const html = render([conflictIssue(conflict)], "da");
    expect(tagOf(html, "conflict-apply-fields")).not.toBeNull();
    expect(html).toContain(t("da", "conflictChoose", { field: "Slutdato" }));
    expect(textOf(html, "conflict-fields")).toContain("Beskrivelse");
  });

  test("[M7] a key conflict offers the renumbering it names; [M8] a put-back row offers keep or delete", () => {
    const key: Conflict = { kind: "key", rowId: "r4", fields: [], suggestion: "CP0005" };
    const putBack: Conflict = { kind: "deletedHere", rowId: "r5", fields: [] };
    const html = render([conflictIssue(key), conflictIssue(putBack)]);
    expect(textOf(html, "conflict-renumber")).toContain("Renumber to CP0005");
    expect(tagOf(html, "conflict-delete-row")).not.toBeNull();
    expect(tagOf(html, "conflict-keep-row")).not.toBeNull();
    expect(textOf(html, "conflict-list")).toContain(t("en", "conflictsTitle", { count: 2 }));
  });

  test("rows with ordinary issues are not conflicts: nothing is rendered", () => {
    expect(render([issue("b1", 0, "error")])).toBe("");
  });
});

describe("conflict choices", () => {
  test("[M8] both kinds of deleted-on-one-side conflicts resolve by keeping the sheet's row or deleting it", () => {
    for (const kind of ["deletedHere", "deletedElsewhere"] as const) {
      const choices = conflictChoices({ kind, rowId: "r", fields: [] }).map((c) => c.resolution);
      expect(choices).toEqual([{ keep: "sheet" }, { delete: true }]);
    }
  });

  test("[M3] a per-field choice names every field, the sheet's side where the person picked none", () => {
    const conflict: Conflict = {
      kind: "fields",
      rowId: "r",
      fields: [
        { field: "description", caption: description, sheet: "a", stored: "b" },
        { field: "endingDate", caption: endingDate, sheet: "x", stored: "y" },
      ],
    };
    expect(perFieldResolution(conflict, { endingDate: "stored" })).toEqual({
      keep: "fields",
      fields: { description: "sheet", endingDate: "stored" },
    });
  });
});

describe("the copy prompt (M1)", () => {
  test("[M1] a copy meeting its original names the original's file and offers merge or keep separate", () => {
    const html = renderWith(fakeEngine({ copy: { of: "C:\\Campaigns.xlsx" } }), createElement(CopyPrompt));
    expect(html).toContain("C:\\Campaigns.xlsx");
    expect(tagOf(html, "copy-merge")).not.toBeNull();
    expect(tagOf(html, "copy-separate")).not.toBeNull();
  });

  test("nothing is asked while the workbook is no copy", () => {
    expect(renderWith(fakeEngine({ copy: null }), createElement(CopyPrompt))).toBe("");
  });
});

describe("a delete that takes lines along (CD1)", () => {
  test("[CD1] offers to delete the campaign with its lines, naming both, or to keep it", () => {
    const cascade: Conflict = { kind: "cascade", rowId: "r1", fields: [], suggestion: "51" };
    const html = render([{ ...conflictIssue(cascade), rowKey: "CP0003" }]);
    expect(textOf(html, "conflict-delete-cascade")).toContain("Delete CP0003 and its 51 lines");
    expect(tagOf(html, "conflict-keep-row")).not.toBeNull();
    expect(conflictChoices(cascade).map((c) => c.resolution)).toEqual([{ delete: true }, { keep: "sheet" }]);
  });
});

describe("[M9] conflicts decided all at once", () => {
  const keyIssue = (n: number): RowIssue => ({
    ...issue("b1", n, "error", "CONFLICT_KEY"),
    rowKey: `TD${n}`,
    conflict: { kind: "key", rowId: `r${n}`, fields: [], suggestion: `TD${100 + n}` },
  });

  test("two key conflicts on a sheet offer 'Renumber all 2'; a single one only its own card", () => {
    const html = render([keyIssue(1), keyIssue(2)]);
    expect(textOf(html, "conflict-renumber-all")).toBe("Renumber all 2");
    expect(textOf(html, "conflict-group")).toContain("2 conflicts like this on ‘Campaigns’");
    expect(tagOf(render([keyIssue(1)]), "conflict-renumber-all")).toBeNull();
  });

  test("in Danish; a cascade's delete is never offered for all, keeping them is", () => {
    expect(textOf(render([keyIssue(1), keyIssue(2)], "da"), "conflict-renumber-all")).toBe("Giv alle 2 nye numre");
    const cascade = (n: number): RowIssue => ({
      ...issue("b1", n, "warning", "CONFLICT_CASCADE"),
      rowKey: `CP${n}`,
      conflict: { kind: "cascade", rowId: `c${n}`, fields: [], takes: "lines", lines: 5 } as Conflict,
    });
    const html = render([cascade(1), cascade(2)]);
    expect(textOf(html, "conflict-keep-row-all")).toBe("Keep all 2 rows");
    expect(tagOf(html, "conflict-delete-cascade-all")).toBeNull();
  });

  test("at most 50 cards, with how many more", () => {
    const html = render(Array.from({ length: 60 }, (_, i) => keyIssue(i + 1)));
    expect(html.match(/data-testid="conflict-card"/g)).toHaveLength(50);
    expect(textOf(html, "conflict-more")).toBe("and 10 more like these");
  });
});
