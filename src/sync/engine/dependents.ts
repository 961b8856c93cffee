/**
 * Which bound tables a change wakes (#14 item 2): the other sheets of a changed entity show the change, and the
 * sheets of entities that refer to it are validated again. A change made on a scoped sheet (one campaign's
 * price or discount lines, one segment's lines) changes only rows of that scope, so a sheet of the same entity
 * scoped to another campaign or segment shows none of them and is not woken (rule SP3).
 */
import type { EntityKind } from "../../domain";
import { rulesFor, sameScope } from "../entities";
import type { WorkbookBinding } from "./bindingTable";

/** What an act changed: entities whose rows change, and among them those whose reference data changes (SP5). */
export interface Changed {
  changes: readonly EntityKind[];
  /** Absent: all of `changes` (an operation's outcome). */
  referenceChanges?: readonly EntityKind[];
  /** Among `referenceChanges`, those only added to (new campaigns, SP60); absent: none. */
  referenceAdds?: readonly EntityKind[];
  /** Whether a campaign's count of price or discount lines changes (SP46); absent: whenever lines change. */
  lineCountsChange?: boolean;
}

/**
 * The bindings a reconcile (or operation, `source` undefined) must reconcile next: the sheets of the entities in
 * `changes` that may show the changed rows, and the sheets of entities that refer to one in `referenceChanges`
 * (those of `changes` whose reference data changed, SP5) — but not for records only added (`referenceAdds`) when
 * `clean` says the sheet's last reconcile found no issue: new records mend only rows in error (SP60).
 */
export function dependentsOf(
  { changes, referenceChanges = changes, referenceAdds = [] }: Changed,
  source: WorkbookBinding | undefined,
  bindings: readonly WorkbookBinding[],
  clean: (bindingId: string) => boolean = () => false,
): WorkbookBinding[] {
  if (changes.length === 0) return [];
  return bindings.filter((other) => {
    if (other.id === source?.id) return false;
    const dependsOn = rulesFor(other.entity).dependsOn;
    const wakes = (c: EntityKind) => dependsOn.includes(c) && !(referenceAdds.includes(c) && clean(other.id));
    if (referenceChanges.some(wakes)) return true;
    return changes.some((c) => c === other.entity && showsChangedRows(source, other));
  });
}

/** Whether `other`, a sheet of the entity `source` changed, may show rows that change touched. */
function showsChangedRows(source: WorkbookBinding | undefined, other: WorkbookBinding): boolean {
  if (!source?.scope || !other.scope || source.entity !== other.entity) return true;
  return sameScope(source.scope, other.scope);
}
