// manifest.xml meets the add-in-only XML schema's ordering and reference rules and Campaign Desk's own choices.
// Offline stand-in for `npm run validate` (which needs Microsoft's online service, see toolchain.md).
import { XMLValidator } from "fast-xml-parser";
import { childrenNamed, descend, parseXml } from "./xmlTree";
import {
  checkChildOrder,
  checkId,
  checkPermissions,
  checkRequiredElements,
  checkRequirementSet,
  checkRoot,
} from "./manifestStructure";
import {
  checkFunctionNames,
  checkHttpsUrls,
  checkIconAssets,
  checkResourceIds,
  checkRibbon,
  checkStrings,
  urlValues,
} from "./manifestResources";
import { commandsSource, manifestXml, readAsset } from "./manifestFiles";

const root = parseXml(manifestXml);

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    const verdict = XMLValidator.validate(manifestXml);
    expect(verdict === true ? "well-formed" : verdict.err).toBe("well-formed");
  });

  it("is a TaskPaneApp in schema 1.1 with task-pane VersionOverrides 1.0", () => {
    expect(checkRoot(root)).toEqual([]);
  });

  it("lists OfficeApp's children in the schema's order", () => {
    // Order from https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering (OfficeApp base
    // sequence + TaskPaneApp extension). AppDomains (optional) is deliberately absent: see the comment in manifest.xml.
    expect(root.children.map((child) => child.local)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  it("keeps every element's children in schema sequence order (VersionOverrides, ribbon, resources)", () => {
    expect(checkChildOrder(root)).toEqual([]);
  });

  it("has every required element, each at most once", () => {
    expect(checkRequiredElements(root)).toEqual([]);
  });

  it("has a GUID <Id> of its own", () => {
    expect(checkId(root)).toEqual([]);
  });

  it("declares version 1.0.0.0, provider Campaign Desk and default locale en-US", () => {
    expect({
      version: descend(root, "Version")?.text,
      provider: descend(root, "ProviderName")?.text,
      locale: descend(root, "DefaultLocale")?.text,
    }).toEqual({ version: "1.0.0.0", provider: "Campaign Desk", locale: "en-US" });
  });

  it("uses https for every URL", () => {
    expect(checkHttpsUrls(root)).toEqual([]);
  });

  it("serves every URL from the one dev origin that the production build replaces", () => {
    const origins = new Set(urlValues(root).map(({ value }) => new URL(value).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  it("lists no AppDomains beyond the source location's host", () => {
    const sourceOrigin = new URL(descend(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue ?? "").origin;
    const extra = childrenNamed(descend(root, "AppDomains"), "AppDomain")
      .map((domain) => domain.text)
      .filter((domain) => new URL(domain).origin !== sourceOrigin);
    expect(extra).toEqual([]);
  });

  it("resolves every resid to exactly one resource of the right kind, with unique ids of at most 32 characters", () => {
    expect(checkResourceIds(root)).toEqual([]);
  });

  it("keeps strings within their limits and translates all of them to da-DK", () => {
    expect(checkStrings(root, "da-DK")).toEqual([]);
  });

  it("points every /assets/ icon URL at an existing PNG of the size its name claims", () => {
    expect(checkIconAssets(root, readAsset)).toEqual([]);
  });

  it("requires ExcelApi 1.8 (default minimum version 1.1); requirementSets.test.ts derives that floor from the code", () => {
    expect(checkRequirementSet(root, "ExcelApi", "1.8")).toEqual([]);
    expect(descend(root, "Requirements", "Sets")?.attrs.DefaultMinVersion).toBe("1.1");
  });

  it("asks for ReadWriteDocument permission", () => {
    expect(checkPermissions(root, "ReadWriteDocument")).toEqual([]);
  });

  it("calls only functions that commands.ts associates, and commands.ts associates only those", () => {
    expect(checkFunctionNames(root, commandsSource)).toEqual([]);
  });

  it("puts an auto-open Campaign Desk button and a Validate sheet button on the Home tab", () => {
    expect(checkRibbon(root)).toEqual([]);
  });
});
