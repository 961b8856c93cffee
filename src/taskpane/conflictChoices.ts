/** Which choices the pane offers for a conflict row, by kind (rules M3, M7, M8); the engine applies them. */
import type { Conflict, Resolution, RowIssue } from "../sync";
import type { TextKey } from "./i18n";

export interface ConflictChoice {
  /** The button's text key; `no` fills "Renumber to {no}" (and the line count of a cascade), `key` the row's key. */
  text: TextKey;
  resolution: Resolution;
  testId: string;
  /** The text of the same choice for all of a group ({n} rows); none for a choice made row by row only. */
  allText?: TextKey;
}

export function conflictChoices(conflict: Conflict): ConflictChoice[] {
  switch (conflict.kind) {
    case "fields":
    case "row":
      return [
        {
          text: "conflictKeepSheet",
          resolution: { keep: "sheet" },
          testId: "conflict-keep-sheet",
          allText: "conflictAllKeepSheet",
        },
        {
          text: "conflictKeepStored",
          resolution: { keep: "stored" },
          testId: "conflict-keep-stored",
          allText: "conflictAllKeepStored",
        },
      ];
    case "deletedHere":
    case "deletedElsewhere":
      return [
        {
          text: "conflictKeepRow",
          resolution: { keep: "sheet" },
          testId: "conflict-keep-row",
          allText: "conflictAllKeepRow",
        },
        {
          text: "conflictDeleteRow",
          resolution: { delete: true },
          testId: "conflict-delete-row",
          allText: "conflictAllDeleteRow",
        },
      ];
    case "key":
      return [
        {
          text: "conflictRenumber",
          resolution: { renumber: true },
          testId: "conflict-renumber",
          allText: "conflictAllRenumber",
        },
      ];
    case "cascade":
      return [
        {
          text: conflict.takes === "interactions" ? "conflictDeleteEntry" : "conflictDeleteCascade",
          resolution: { delete: true },
          testId: "conflict-delete-cascade",
        },
        {
          text: "conflictKeepRow",
          resolution: { keep: "sheet" },
          testId: "conflict-keep-row",
          allText: "conflictAllKeepRow",
        },
      ];
  }
}

/** A per-field choice (kind "fields" with more than one field): each field from the side the person picked. */
export function perFieldResolution(
  conflict: Conflict,
  picked: Readonly<Record<string, "sheet" | "stored">>,
): Resolution {
  const fields: Record<string, "sheet" | "stored"> = {};
  for (const f of conflict.fields) fields[f.field] = picked[f.field] ?? "sheet";
  return { keep: "fields", fields };
}

/** Conflicts of one kind on one sheet, and the choices that may be made for all of them at once. */
export interface ConflictGroup {
  bindingId: string;
  kind: Conflict["kind"];
  issues: (RowIssue & { conflict: Conflict })[];
  choices: ConflictChoice[];
}

/**
 * Groups of two or more conflicts of a kind on a sheet (rule M9): two copies that each assigned an activity to a
 * segment bring thousands of task numbers in conflict, which one click per row cannot decide. A choice for all
 * applies each row's own choice (renumbering gives each its own next free number).
 */
export function conflictGroups(conflicts: readonly (RowIssue & { conflict: Conflict })[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const issue of conflicts) {
    const key = `${issue.bindingId}\u001f${issue.conflict.kind}`;
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else
      groups.set(key, {
        bindingId: issue.bindingId,
        kind: issue.conflict.kind,
        issues: [issue],
        // A cascade's delete takes each row's own lines: decided row by row, never for all.
        choices: conflictChoices(issue.conflict).filter((c) => c.allText !== undefined),
      });
  }
  return [...groups.values()].filter((g) => g.issues.length > 1);
}
