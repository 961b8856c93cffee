/** The lines above a segment sheet's table: the header the pane edits, shown where the lines are (issue #4). */
import type { Lang, SegmentHeader } from "../../domain";

const LABELS: Record<string, Record<Lang, string>> = {
  segment: { en: "Segment", da: "Segment" },
  campaign: { en: "Campaign", da: "Kampagne" },
  target: { en: "campaign target", da: "kampagnemål" },
  response: { en: "campaign response", da: "kampagnerespons" },
  salesperson: { en: "Salesperson", da: "Sælger" },
  template: { en: "Interaction template", da: "Interaktionsskabelon" },
  date: { en: "Date · unit cost · duration", da: "Dato · kostpris · varighed" },
  edit: {
    en: "Edit the header in the Campaign Desk pane (Segments tab).",
    da: "Ret hovedet i Campaign Desk-ruden (fanen Segmenter).",
  },
};

/** Rows above the table; the table starts one blank row below them. */
export const BANNER_ROWS = 6;

export function segmentBanner(h: SegmentHeader, lang: Lang): string[][] {
  const l = (key: string) => LABELS[key]?.[lang] ?? key;
  const flags = [h.campaignTarget ? l("target") : "", h.campaignResponse ? l("response") : ""].filter(Boolean);
  return [
    [l("segment"), h.description === "" ? h.no : `${h.no} – ${h.description}`],
    [l("campaign"), [h.campaignNo, ...flags].filter(Boolean).join(" · ")],
    [l("salesperson"), h.salespersonCode],
    [l("template"), h.interactionTemplateCode],
    [l("date"), [h.date, String(h.unitCost), String(h.unitDuration)].join(" · ")],
    [l("edit"), ""],
  ];
}
