/** The Campaigns tab's first steps (PN8): what a first-time user does, in order, and which step is next. */
import type { BindingView } from "../sync";

export type FirstStepId = "setup" | "campaign" | "lines";

export interface FirstStep {
  id: FirstStepId;
  done: boolean;
  /** The button works (a step needs the one before it: lines need a campaign). */
  enabled: boolean;
}

/** Shown while the Campaigns table is unbound or holds no campaign, or no campaign has a sheet of its lines yet. */
export function showsFirstSteps(
  bindings: readonly Pick<BindingView, "entity" | "scope">[],
  campaigns: number,
): boolean {
  if (campaigns === 0 || !bindings.some((b) => b.entity === "campaign" && !b.scope)) return true;
  return !bindings.some((b) => b.scope?.campaignNo !== undefined);
}

/**
 * Setup is done when no setup kind lacks a sheet; a campaign when one is stored; lines when the first campaign
 * has a sheet of its own price or discount lines.
 */
export function firstSteps(
  bindings: readonly Pick<BindingView, "entity" | "scope">[],
  unboundSetupKinds: number,
  firstCampaignNo: string | null,
): FirstStep[] {
  const hasLinesSheet = bindings.some(
    (b) => b.scope?.campaignNo !== undefined && b.scope.campaignNo === firstCampaignNo,
  );
  return [
    { id: "setup", done: unboundSetupKinds === 0, enabled: true },
    { id: "campaign", done: firstCampaignNo !== null, enabled: true },
    { id: "lines", done: hasLinesSheet, enabled: firstCampaignNo !== null },
  ];
}
