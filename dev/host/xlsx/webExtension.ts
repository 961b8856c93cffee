/**
 * The add-in's workbook settings in the file, where Office keeps them: [MS-OWEXML] (Office Web Extensions File Format)
 * — a web extension part (CT_OsfWebExtension, namespace …/webextensions/webextension/2010/11) whose properties are
 * the settings, each `<we:property name="key" value="JSON of the value"/>`, reached from the package through a task
 * panes part (CT_OsfTaskpanes, …/webextensions/taskpanes/2010/11):
 *
 *   _rels/.rels                                 → xl/webextensions/taskpanes.xml       (…/2011/relationships/webextensiontaskpanes)
 *   xl/webextensions/_rels/taskpanes.xml.rels  → webextension1.xml                    (…/2011/relationships/webextension)
 *   [Content_Types].xml                         application/vnd.ms-office.webextensiontaskpanes+xml, …webextension+xml
 *
 * The sim keeps every setting as a string (a non-string value set through the API is kept as its JSON text), so a
 * string is written as its JSON (`"{\"id\":…}"` for the document setting, as Office writes it) and a property whose
 * value parses to anything but a string reads back as that JSON text. Not kept: the pane's dock state, width and
 * visibility (written docked right, 350 px, not shown), bindings and snapshots, other add-ins' parts.
 */
import type JSZip from "jszip";
import { addContentTypes, addRelationships, CONTENT_TYPE, readRelationships, readText, REL } from "./opcPackage";
import { attr, children, element, parseXml, path, XML_DECLARATION } from "./xml";

export const WEBEXTENSION_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
export const TASKPANES_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The add-in as manifest.xml names it (<Id>, <Version>); a test checks these against the manifest. */
export const ADDIN_REFERENCE = { id: "fa2bb84c-a69c-47a2-87a6-552d0ee74794", version: "1.0.0.0" } as const;
/** The web extension instance in this document (Office gives each one a GUID; one fixed id keeps saves repeatable). */
const INSTANCE_ID = "{5C1F0B4E-7A2D-4C36-9E8B-0D3A6F2B1C77}";

export const TASKPANES_PART = "xl/webextensions/taskpanes.xml";
export const WEBEXTENSION_PART = "xl/webextensions/webextension1.xml";

function webExtensionXml(settings: Record<string, string>): string {
  const properties = Object.entries(settings)
    .map(([name, value]) => element("we:property", { name, value: JSON.stringify(value) }))
    .join("");
  return (
    XML_DECLARATION +
    element(
      "we:webextension",
      { "xmlns:we": WEBEXTENSION_NS, id: INSTANCE_ID },
      // A sideloaded add-in's reference: the manifest's id and version, from the developer catalog.
      element("we:reference", { ...ADDIN_REFERENCE, store: "developer", storeType: "Registry" }) +
        "<we:alternateReferences/>" +
        element("we:properties", {}, properties) +
        "<we:bindings/>" +
        element("we:snapshot", { "xmlns:r": R_NS }),
    )
  );
}

function taskpanesXml(relId: string): string {
  return (
    XML_DECLARATION +
    element(
      "wetp:taskpanes",
      { "xmlns:wetp": TASKPANES_NS },
      element(
        "wetp:taskpane",
        { dockstate: "right", visibility: 0, width: 350, row: 1 },
        element("wetp:webextensionref", { "xmlns:r": R_NS, "r:id": relId }),
      ),
    )
  );
}

/** Adds the settings to the package; a workbook without settings gets no web extension part at all. */
export async function writeSettings(zip: JSZip, settings: Record<string, string>): Promise<void> {
  if (Object.keys(settings).length === 0) return;
  zip.file(WEBEXTENSION_PART, webExtensionXml(settings));
  const [webExtensionRel] = await addRelationships(zip, TASKPANES_PART, [
    { type: REL.webExtension, target: "webextension1.xml" },
  ]);
  zip.file(TASKPANES_PART, taskpanesXml(webExtensionRel as string));
  await addRelationships(zip, "", [{ type: REL.webExtensionTaskpanes, target: TASKPANES_PART }]);
  await addContentTypes(zip, [
    { part: TASKPANES_PART, type: CONTENT_TYPE.webExtensionTaskpanes },
    { part: WEBEXTENSION_PART, type: CONTENT_TYPE.webExtension },
  ]);
}

function settingValue(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

/**
 * The settings of this add-in's web extension: the task pane part whose reference is the manifest's id, else the only
 * web extension of the file (an add-in installed from another catalog has another reference id); {} when none.
 */
export async function readSettings(zip: JSZip): Promise<Record<string, string>> {
  const extensions: { referenceId: string; properties: Record<string, string> }[] = [];
  for (const toPanes of (await readRelationships(zip, "")).filter((r) => r.type === REL.webExtensionTaskpanes)) {
    for (const rel of await readRelationships(zip, toPanes.target)) {
      if (rel.type !== REL.webExtension) continue;
      const xml = await readText(zip, rel.target);
      if (xml === null) continue;
      const root = path(parseXml(xml), "webextension");
      const properties: Record<string, string> = {};
      for (const p of children(path(root, "properties"), "property")) {
        const name = attr(p, "name");
        if (name !== undefined) properties[name] = settingValue(attr(p, "value") ?? "");
      }
      extensions.push({ referenceId: attr(path(root, "reference"), "id") ?? "", properties });
    }
  }
  const ours = extensions.find((e) => e.referenceId.toLowerCase() === ADDIN_REFERENCE.id);
  return (ours ?? (extensions.length === 1 ? extensions[0] : undefined))?.properties ?? {};
}
