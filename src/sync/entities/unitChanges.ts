import type { EntityKind } from "../../domain";
import type { UnitOfWork } from "../../store";

/** Entities a unit changes, for their sheets to follow: its own (when it puts or deletes), its cascades', its series'. */
export function changesOf(unit: UnitOfWork | null): EntityKind[] {
  if (!unit) return [];
  const out = new Set<EntityKind>();
  if (unit.puts.length > 0 || unit.deletes.length > 0) out.add(unit.entity);
  for (const c of unit.cascade ?? []) out.add(c.entity);
  if (unit.numberSeries) out.add("numberSeries");
  return [...out];
}
