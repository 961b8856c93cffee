/** Which choices the pane offers for a conflict row, by kind (rules M3, M7, M8); the engine applies them. */
import type { Conflict, Resolution } from "../sync";
import type { TextKey } from "./i18n";

export interface ConflictChoice {
  /** The button's text key; `no` fills "Renumber to {no}" (and the line count of a cascade), `key` the row's key. */
  text: TextKey;
  resolution: Resolution;
  testId: string;
}

export function conflictChoices(conflict: Conflict): ConflictChoice[] {
  switch (conflict.kind) {
    case "fields":
    case "row":
      return [
        { text: "conflictKeepSheet", resolution: { keep: "sheet" }, testId: "conflict-keep-sheet" },
        { text: "conflictKeepStored", resolution: { keep: "stored" }, testId: "conflict-keep-stored" },
      ];
    case "deletedHere":
    case "deletedElsewhere":
      return [
        { text: "conflictKeepRow", resolution: { keep: "sheet" }, testId: "conflict-keep-row" },
        { text: "conflictDeleteRow", resolution: { delete: true }, testId: "conflict-delete-row" },
      ];
    case "key":
      return [{ text: "conflictRenumber", resolution: { renumber: true }, testId: "conflict-renumber" }];
    case "cascade":
      return [
        {
          text: conflict.takes === "interactions" ? "conflictDeleteEntry" : "conflictDeleteCascade",
          resolution: { delete: true },
          testId: "conflict-delete-cascade",
        },
        { text: "conflictKeepRow", resolution: { keep: "sheet" }, testId: "conflict-keep-row" },
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
