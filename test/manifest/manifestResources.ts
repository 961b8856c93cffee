// Checks of what the manifest points at: resource ids, URLs, strings and their translations, icon files, and the
// function names the ribbon calls. Each returns a list of problems (empty = pass).
// Limits from https://learn.microsoft.com/javascript/api/manifest/resources: ids unique and ≤ 32 characters, short
// strings ≤ 125, long strings ≤ 250, all Image/Url resources over https; icon sizes from the IconUrl and
// HighResolutionIconUrl reference pages (task pane: 32 and 64 px) and ImageResourceReference (16, 32, 80 mandatory).
import { allElements, childrenNamed, descend, type XmlElement } from "./xmlTree";
import { homeTabButtons } from "./manifestStructure";
import { readPng } from "./pngInfo";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource list a `resid` on an element of this local name must point into. */
const KIND_OF_REFERENCE: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const MAX_LENGTH: Readonly<Record<string, number>> = { ShortStrings: 125, LongStrings: 250, DisplayName: 125 };
/** Elements whose DefaultValue / Override Value is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);

interface Resource {
  readonly kind: ResourceKind;
  readonly element: XmlElement;
}

/** Every resource under VersionOverrides/Resources, in document order. */
export function resources(root: XmlElement): Resource[] {
  const list = descend(root, "VersionOverrides", "Resources");
  return (["Images", "Urls", "ShortStrings", "LongStrings"] as const).flatMap((kind) =>
    childrenNamed(list, kind).flatMap((group) => group.children.map((element) => ({ kind, element }))),
  );
}

/** Resource ids are unique and ≤ 32 characters; each `resid` resolves to exactly one resource of the right kind. */
export function checkResourceIds(root: XmlElement): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Resource[]>();
  for (const resource of resources(root)) {
    const id = resource.element.attrs.id ?? "";
    if (id === "") problems.push(`${resource.element.path}: resource has no id`);
    if (id.length > 32) problems.push(`resource id "${id}" is ${id.length} characters (max 32)`);
    byId.set(id, [...(byId.get(id) ?? []), resource]);
  }
  for (const [id, found] of byId) {
    if (found.length > 1) problems.push(`resource id "${id}" is defined ${found.length} times`);
  }
  for (const element of allElements(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    if (resid.length > 32) problems.push(`${element.path}: resid "${resid}" is longer than 32 characters`);
    const found = byId.get(resid) ?? [];
    if (found.length !== 1) {
      problems.push(`${element.path}: resid "${resid}" resolves to ${found.length} resources, expected 1`);
      continue;
    }
    const expected = KIND_OF_REFERENCE[element.local];
    const actual = found[0]?.kind;
    if (expected === undefined) problems.push(`${element.path}: no known resource kind for <${element.name}>`);
    else if (actual !== expected)
      problems.push(`${element.path}: resid "${resid}" is in ${actual}, expected ${expected}`);
  }
  return problems;
}

/** All URL values, with where they were found. Namespace declarations are names, not fetched URLs, and are skipped. */
export function urlValues(root: XmlElement): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  for (const element of allElements(root)) {
    const urlSlot = URL_ELEMENTS.has(element.local) || URL_ELEMENTS.has(parentLocal(element));
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      const isUrlAttr = urlSlot && (name === "DefaultValue" || name === "Value");
      if (isUrlAttr || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) out.push({ where: `${element.path}@${name}`, value });
    }
    if (element.local === "AppDomain" || /^[a-z][a-z0-9+.-]*:\/\//i.test(element.text)) {
      out.push({ where: element.path, value: element.text });
    }
  }
  return out;
}

function parentLocal(element: XmlElement): string {
  const segments = element.path.split("/");
  return (segments[segments.length - 2] ?? "").replace(/\[\d+\]$/, "").replace(/^.*:/, "");
}

/** Every URL in the manifest is an absolute https URL. */
export function checkHttpsUrls(root: XmlElement): string[] {
  return urlValues(root).flatMap(({ where, value }) => {
    try {
      return new URL(value).protocol === "https:" ? [] : [`${where}: "${value}" is not https`];
    } catch {
      return [`${where}: "${value}" is not an absolute URL`];
    }
  });
}

/** Strings fit their limits, and DisplayName, Description and every string resource carry a da-DK override. */
export function checkStrings(root: XmlElement, locale = "da-DK"): string[] {
  const problems: string[] = [];
  const localized = [
    { element: descend(root, "DisplayName"), max: MAX_LENGTH.DisplayName ?? 125 },
    { element: descend(root, "Description"), max: MAX_LENGTH.LongStrings ?? 250 },
    ...resources(root)
      .filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings")
      .map((r) => ({ element: r.element, max: MAX_LENGTH[r.kind] ?? 125 })),
  ];
  for (const { element, max } of localized) {
    if (element === undefined) continue;
    const values = [element.attrs.DefaultValue ?? "", ...childrenNamed(element, "Override").map((o) => o.attrs.Value)];
    for (const value of values) {
      if (!value) problems.push(`${element.path}: empty string`);
      else if (value.length > max)
        problems.push(`${element.path}: "${value}" is ${value.length} characters (max ${max})`);
    }
    const override = childrenNamed(element, "Override").find((o) => o.attrs.Locale === locale);
    if (!override?.attrs.Value) problems.push(`${element.path}: no ${locale} override`);
  }
  return problems;
}

/** Size an icon file name claims, e.g. `icon-32.png` → 32. */
export function claimedSize(url: string): number | undefined {
  const match = /-(\d+)\.png$/.exec(new URL(url).pathname);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Every URL under /assets/ names a PNG in the assets folder whose real size is the size in its name; the app icons
 * are 32 and 64 px; ribbon icon lists hold 16, 32 and 80 px images that match their `size` attribute.
 */
export function checkIconAssets(root: XmlElement, readAsset: (fileName: string) => Buffer | undefined): string[] {
  const problems: string[] = [];
  for (const { where, value } of urlValues(root)) {
    const url = safeUrl(value);
    if (!url?.pathname.startsWith("/assets/")) continue;
    const fileName = url.pathname.slice("/assets/".length);
    const claimed = claimedSize(value);
    const file = readAsset(fileName);
    if (file === undefined) problems.push(`${where}: assets/${fileName} does not exist`);
    else if (claimed === undefined)
      problems.push(`${where}: cannot tell the size from "${fileName}" (want name-<px>.png)`);
    else {
      try {
        const { width, height } = readPng(file);
        if (width !== claimed || height !== claimed) {
          problems.push(`${where}: assets/${fileName} is ${width}×${height}, its name claims ${claimed}×${claimed}`);
        }
      } catch (error) {
        problems.push(`${where}: assets/${fileName} is not a valid PNG (${(error as Error).message})`);
      }
    }
  }
  for (const [local, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ] as const) {
    const value = descend(root, local)?.attrs.DefaultValue ?? "";
    if (safeUrl(value) && claimedSize(value) !== size)
      problems.push(`<${local}> should be a ${size} px icon: ${value}`);
  }
  const images = new Map(resources(root).map((r) => [r.element.attrs.id ?? "", r.element.attrs.DefaultValue ?? ""]));
  for (const icon of allElements(root).filter((e) => e.local === "Icon")) {
    const sizes = childrenNamed(icon, "Image").map((image) => Number(image.attrs.size));
    for (const required of [16, 32, 80]) {
      if (!sizes.includes(required)) problems.push(`${icon.path}: no ${required} px image`);
    }
    for (const image of childrenNamed(icon, "Image")) {
      const url = images.get(image.attrs.resid ?? "") ?? "";
      if (safeUrl(url) && claimedSize(url) !== Number(image.attrs.size)) {
        problems.push(`${image.path}: size="${image.attrs.size}" but resource ${image.attrs.resid} is ${url}`);
      }
    }
  }
  return problems;
}

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Names passed as string literals to `Office.actions.associate(...)` in a source file. */
export function associatedNames(source: string): string[] {
  return [...source.matchAll(/Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g)].map((match) => match[2] ?? "");
}

/** Every ExecuteFunction name is associated in commands.ts and vice versa; a FunctionFile exists when needed. */
export function checkFunctionNames(root: XmlElement, commandsSource: string): string[] {
  const inManifest = allElements(root)
    .filter((e) => e.local === "Action" && e.attrs["xsi:type"] === "ExecuteFunction")
    .map((action) => descend(action, "FunctionName")?.text ?? "");
  const inCode = associatedNames(commandsSource);
  const problems = [
    ...inManifest
      .filter((name) => !inCode.includes(name))
      .map((n) => `<FunctionName>${n}</FunctionName> is never associated`),
    ...inCode
      .filter((name) => !inManifest.includes(name))
      .map((n) => `commands.ts associates "${n}", no button calls it`),
  ];
  const formFactor = descend(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
  if (inManifest.length > 0 && descend(formFactor, "FunctionFile") === undefined) {
    problems.push("ExecuteFunction buttons need a <FunctionFile>");
  }
  return problems;
}

/** Home tab holds a ShowTaskpane button (auto-open id, same page as DefaultSettings) and an ExecuteFunction button. */
export function checkRibbon(root: XmlElement): string[] {
  const problems: string[] = [];
  const buttons = homeTabButtons(root);
  const urls = new Map(resources(root).map((r) => [r.element.attrs.id ?? "", r.element.attrs.DefaultValue]));
  const show = buttons.find((b) => b.action?.attrs["xsi:type"] === "ShowTaskpane");
  if (show === undefined) problems.push("no ShowTaskpane button on the Home tab");
  else {
    const taskpaneId = descend(show.action, "TaskpaneId")?.text;
    if (taskpaneId !== "Office.AutoShowTaskpaneWithDocument") {
      problems.push(`${show.id}: TaskpaneId is "${taskpaneId}", expected Office.AutoShowTaskpaneWithDocument`);
    }
    const pane = urls.get(descend(show.action, "SourceLocation")?.attrs.resid ?? "");
    const defaultPane = descend(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
    if (pane !== defaultPane) problems.push(`${show.id} opens ${pane}, DefaultSettings opens ${defaultPane}`);
  }
  if (!buttons.some((b) => b.action?.attrs["xsi:type"] === "ExecuteFunction")) {
    problems.push("no ExecuteFunction button on the Home tab");
  }
  return problems;
}
