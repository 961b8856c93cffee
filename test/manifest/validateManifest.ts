// Runs every manifest check over XML text and returns all problems, each prefixed with its check's name. Used by the
// mutation tests, which break a copy of the real manifest and expect the matching check to complain.
import { parseXml, type XmlElement } from "./xmlTree";
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
} from "./manifestResources";

export interface ManifestInputs {
  /** Bytes of a file in the assets folder, or undefined when it does not exist. */
  readonly readAsset: (fileName: string) => Buffer | undefined;
  /** Text of src/commands/commands.ts. */
  readonly commandsSource: string;
}

/** Campaign Desk's expectations on top of the schema: its requirement floor and permission. */
export const EXPECTED = { excelApi: "1.8", permissions: "ReadWriteDocument" } as const;

/** Named checks in the order the tests report them. */
export function manifestChecks(inputs: ManifestInputs): Record<string, (root: XmlElement) => string[]> {
  return {
    root: checkRoot,
    order: checkChildOrder,
    required: checkRequiredElements,
    id: checkId,
    https: checkHttpsUrls,
    resids: checkResourceIds,
    strings: (root) => checkStrings(root),
    icons: (root) => checkIconAssets(root, inputs.readAsset),
    requirements: (root) => checkRequirementSet(root, "ExcelApi", EXPECTED.excelApi),
    permissions: (root) => checkPermissions(root, EXPECTED.permissions),
    functions: (root) => checkFunctionNames(root, inputs.commandsSource),
    ribbon: checkRibbon,
  };
}

/** All problems in a manifest; a manifest that is not well-formed yields one `xml:` problem. */
export function validateManifest(xml: string, inputs: ManifestInputs): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`xml: ${(error as Error).message}`];
  }
  return Object.entries(manifestChecks(inputs)).flatMap(([name, check]) => check(root).map((p) => `${name}: ${p}`));
}
