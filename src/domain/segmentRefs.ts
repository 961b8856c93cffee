/**
 * Reference data the contact, team, interaction and segment rules look up (domain-rules.md §2: references
 * resolve). A subset of the store's ReferenceData, so the store can pass its own object; each validator takes
 * only the part it reads (`Pick`). Keys are normalised codes.
 */
import type { CodeLookup } from "./pricingRefs";
import type { ContactType } from "./records";

export interface SegmentRefs {
  salespeople: ReadonlyMap<string, { blocked: boolean }>;
  campaigns: CodeLookup;
  /** Contacts by no.; a person's company is looked up here (and in the batch, see validateContacts). */
  contacts: ReadonlyMap<string, { type: ContactType }>;
  teams: CodeLookup;
  interactionGroups: CodeLookup;
  interactionTemplates: CodeLookup;
}
