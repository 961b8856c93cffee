// A deliberate import cycle (first → second → first) for layering.test.ts: dependency-cruiser must refuse it.
import type { Second } from "./second";

export interface First {
  next?: Second;
}
