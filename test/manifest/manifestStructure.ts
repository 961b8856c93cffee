// Structural checks of an add-in-only XML manifest (task pane, schema 1.1 + VersionOverrides 1.0). Each check returns
// a list of problems (empty = pass), so tests can print exactly what is wrong and mutation tests can prove each check
// bites.
//
// Child order comes from the schema's xs:sequence definitions. Sources:
//  - https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering (task-pane order lists)
//  - MS-OWEMXML appendix A, https://learn.microsoft.com/openspecs/office_file_formats/ms-owemxml/c6a06390-34b8-4b42-82eb-b28be12494a8
//    (OfficeApp + TaskPaneApp extension; VersionOverridesV1_0, FormFactor, Group, UIControl, Action in
//    TaskPaneAppVersionOverridesV1_0, page 82e93ec5-de22-42a8-86e3-353c8336aa40; Resources in OfficeAppBasicTypesV1_0).
import { allElements, childrenNamed, descend, type XmlElement } from "./xmlTree";

/** Allowed children, in required order, keyed by element local name (and `xsi:type` where the type decides). */
export const CHILD_SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  // OfficeApp base sequence, then the TaskPaneApp extension, then the VersionOverrides extension slot.
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  Requirements: ["Sets", "Methods"],
  DefaultSettings: ["SourceLocation"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title"],
  "Action[ExecuteFunction]": ["FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Children every task-pane manifest must have (minOccurs ≥ 1 in the schema, plus what this add-in relies on). */
const REQUIRED_PATHS: readonly (readonly string[])[] = [
  ["Id"],
  ["Version"],
  ["ProviderName"],
  ["DefaultLocale"],
  ["DisplayName"],
  ["Description"],
  ["IconUrl"],
  ["HighResolutionIconUrl"],
  ["SupportUrl"],
  ["Hosts", "Host"],
  ["Requirements", "Sets", "Set"],
  ["DefaultSettings", "SourceLocation"],
  ["Permissions"],
  ["VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint"],
  ["VersionOverrides", "Resources"],
];

const APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const OVERRIDES_NS = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The yo-office React template's id: a copy would collide with every other add-in scaffolded from it. */
const TEMPLATE_IDS = ["05c2e1c9-3e1d-406e-9a91-e9ac64854143"];

function sequenceKey(element: XmlElement): string {
  const type = element.attrs["xsi:type"];
  const typed = type === undefined ? undefined : `${element.local}[${type}]`;
  return typed !== undefined && typed in CHILD_SEQUENCES ? typed : element.local;
}

/** Root is a TaskPaneApp in schema 1.1 and its VersionOverrides is the task-pane 1.0 flavour. */
export function checkRoot(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.local !== "OfficeApp") problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is "${root.attrs["xsi:type"]}"`);
  if (root.attrs.xmlns !== APP_NS) problems.push(`OfficeApp namespace is "${root.attrs.xmlns}", expected ${APP_NS}`);
  const overrides = descend(root, "VersionOverrides");
  if (overrides === undefined) return [...problems, "VersionOverrides is missing"];
  if (overrides.attrs["xsi:type"] !== "VersionOverridesV1_0")
    problems.push("VersionOverrides is not VersionOverridesV1_0");
  if (overrides.attrs.xmlns !== OVERRIDES_NS) problems.push(`VersionOverrides namespace is not ${OVERRIDES_NS}`);
  return problems;
}

/** Every element with a known sequence has only known children, in sequence order. */
export function checkChildOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of allElements(root)) {
    const sequence = CHILD_SEQUENCES[sequenceKey(element)];
    if (sequence === undefined) continue;
    let lastIndex = -1;
    let lastName = "";
    for (const child of element.children) {
      const index = sequence.indexOf(child.local);
      if (index < 0) {
        problems.push(`${element.path}: <${child.name}> is not an allowed child (allowed: ${sequence.join(", ")})`);
      } else if (index < lastIndex) {
        problems.push(
          `${element.path}: <${child.name}> must come before <${lastName}> (order: ${sequence.join(", ")})`,
        );
      } else {
        lastIndex = index;
        lastName = child.name;
      }
    }
  }
  return problems;
}

/** Required elements are present, and those the schema allows once appear once. */
export function checkRequiredElements(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const path of REQUIRED_PATHS) {
    if (descend(root, ...path) === undefined) problems.push(`missing <${path.join("/")}>`);
  }
  for (const local of CHILD_SEQUENCES.OfficeApp ?? []) {
    const count = childrenNamed(root, local).length;
    if (count > 1) problems.push(`<${local}> appears ${count} times under OfficeApp`);
  }
  return problems;
}

/** `<Id>` is a GUID and not one copied from a template. */
export function checkId(root: XmlElement): string[] {
  const id = descend(root, "Id")?.text ?? "";
  if (!GUID.test(id)) return [`<Id> "${id}" is not a GUID (8-4-4-4-12 hex digits)`];
  if (TEMPLATE_IDS.includes(id.toLowerCase())) return [`<Id> ${id} is the template's id; generate a new one`];
  return [];
}

/** The manifest requires `name` at exactly `minVersion`. */
export function checkRequirementSet(root: XmlElement, name: string, minVersion: string): string[] {
  const sets = childrenNamed(descend(root, "Requirements", "Sets"), "Set").filter((set) => set.attrs.Name === name);
  if (sets.length !== 1) return [`expected one <Set Name="${name}">, found ${sets.length}`];
  const actual = sets[0]?.attrs.MinVersion;
  return actual === minVersion ? [] : [`${name} MinVersion is "${actual}", expected "${minVersion}"`];
}

/** `<Permissions>` holds exactly the expected level. */
export function checkPermissions(root: XmlElement, expected: string): string[] {
  const actual = descend(root, "Permissions")?.text;
  return actual === expected ? [] : [`<Permissions> is "${actual}", expected "${expected}"`];
}

/** Buttons in `OfficeTab id=TabHome`, by action type. */
export function homeTabButtons(root: XmlElement): { id: string; action: XmlElement | undefined }[] {
  const tab = descend(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
  if (tab?.attrs.id !== "TabHome") return [];
  return childrenNamed(tab, "Group")
    .flatMap((group) => childrenNamed(group, "Control"))
    .filter((control) => control.attrs["xsi:type"] === "Button")
    .map((control) => ({ id: control.attrs.id ?? "", action: descend(control, "Action") }));
}
