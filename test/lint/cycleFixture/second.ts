// The other half of the deliberate cycle (type-only, which still counts).
import type { First } from "./first";

export interface Second {
  back?: First;
}
