/**
 * A segment line follows its interaction template as BC's Segment Line "Interaction Template Code" OnValidate does
 * (bc-reference §4.2, docs/spec/interaction-rules.md IR7): cost, duration and the campaign target/response flags are
 * reset and copied from the new template; the description is copied when the line's was empty or came from the old
 * template; the campaign no. is the header's when the header has one, else the template's. Information flow and
 * initiated by are not fields of our segment line (domain-rules §1 lists them, the sheet does not carry them yet):
 * Log Segment takes them from the line's template (IR3).
 */
import { normalizeCode } from "./codes";
import type { InteractionTemplate, SegmentHeader, SegmentLine } from "./records";

/**
 * The line after its template changed from `oldTemplate` to the line's current `interactionTemplateCode`
 * (`newTemplate`, undefined when blank or unknown). A line whose template did not change is returned as is.
 */
export function applyTemplateToLine(
  line: SegmentLine,
  oldTemplateCode: string,
  templates: ReadonlyMap<string, InteractionTemplate>,
  header: Pick<SegmentHeader, "campaignNo"> | undefined,
): SegmentLine {
  const code = normalizeCode(line.interactionTemplateCode);
  const old = normalizeCode(oldTemplateCode);
  if (code === old) return line;
  const template = code === "" ? undefined : templates.get(code);
  if (template === undefined && code !== "") return line; // an unknown template is validation's to flag
  const oldTemplate = old === "" ? undefined : templates.get(old);
  const fromOld =
    line.description === "" || (oldTemplate !== undefined && line.description === oldTemplate.description);
  const headerCampaign = normalizeCode(header?.campaignNo ?? "");
  return {
    ...line,
    cost: template?.unitCost ?? 0,
    duration: template?.unitDuration ?? 0,
    campaignTarget: template?.campaignTarget ?? false,
    campaignResponse: template?.campaignResponse ?? false,
    description: template !== undefined && fromOld ? template.description : line.description,
    campaignNo: headerCampaign !== "" ? headerCampaign : (template?.campaignNo ?? line.campaignNo),
  };
}
