/** "Create all setup sheets": which kinds still need a sheet, and binding them one after another. */
import type { EntityKind } from "../domain";
import type { BindingView, SyncEngine } from "../sync";
import { ENTITY_GROUPS } from "./entityGroups";

/** The setup kinds still without a general (unscoped) sheet, in `order`. */
export function unboundSetupKinds(
  order: readonly EntityKind[],
  bindings: readonly Pick<BindingView, "entity" | "scope">[],
): EntityKind[] {
  const setup = new Set(ENTITY_GROUPS.filter((g) => g.setup).flatMap((g) => g.entities));
  const bound = new Set(bindings.filter((b) => !b.scope).map((b) => b.entity));
  return order.filter((e) => setup.has(e) && !bound.has(e));
}

/**
 * Binds each kind only after the previous bind has finished, so every sheet is validated against the
 * reference data the earlier ones stored (items before their units). Stops at the first failure.
 */
export async function bindInOrder(
  engine: Pick<SyncEngine, "bind">,
  kinds: readonly EntityKind[],
  onStep: (entity: EntityKind) => void = () => undefined,
  onBound: (entity: EntityKind) => void = () => undefined,
): Promise<void> {
  for (const entity of kinds) {
    onStep(entity);
    // Many sheets at once: none of them is brought to the front.
    await engine.bind(entity, undefined, { show: false });
    onBound(entity);
  }
}
