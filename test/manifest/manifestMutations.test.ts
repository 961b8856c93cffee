// The validator must catch real mistakes: each case breaks a copy of manifest.xml (or its inputs) in one way and
// expects the matching check to report it. A mutation that no longer applies fails loudly instead of passing.
import { validateManifest, type ManifestInputs } from "./validateManifest";
import { manifestXml, realInputs } from "./manifestFiles";

/** Replaces `from` with `to` once, failing the test if `from` is not in the text (the mutation would be a no-op). */
function mutate(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

interface Mutation {
  readonly name: string;
  readonly xml: () => string;
  readonly inputs?: Partial<ManifestInputs>;
  readonly expected: RegExp;
}

const MUTATIONS: readonly Mutation[] = [
  {
    name: "a resid that names no resource",
    xml: () => mutate(manifestXml, '<Label resid="Validate.Label"/>', '<Label resid="Validate.Missing"/>'),
    expected: /^resids: .*resid "Validate\.Missing" resolves to 0 resources/,
  },
  {
    name: "a resid pointing at the wrong kind of resource",
    xml: () => mutate(manifestXml, '<Label resid="Group.Label"/>', '<Label resid="Validate.Tooltip"/>'),
    expected: /^resids: .*"Validate\.Tooltip" is in LongStrings, expected ShortStrings/,
  },
  {
    name: "a duplicated resource id",
    xml: () => mutate(manifestXml, '<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'),
    expected: /^resids: resource id "Taskpane\.Url" is defined 2 times/,
  },
  {
    name: "a resource id longer than 32 characters",
    xml: () => mutate(manifestXml, /"Group\.Label"/g, '"Group.Label.ThatIsFarTooLongForOffice"'),
    expected: /^resids: resource id "Group\.Label\.ThatIsFarTooLongForOffice" is 37 characters/,
  },
  {
    name: "an http URL",
    xml: () => mutate(manifestXml, '"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
    expected: /^https: .*"http:\/\/localhost:3000\/commands\.html" is not https/,
  },
  {
    name: "a relative URL",
    xml: () => mutate(manifestXml, '"https://localhost:3000/support.html"/>', '"/support.html"/>'),
    expected: /^https: .*"\/support\.html" is not an absolute URL/,
  },
  {
    name: "Version before Id",
    xml: () => mutate(manifestXml, /(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1"),
    expected: /^order: OfficeApp: <Id> must come before <Version>/,
  },
  {
    name: "FunctionFile after ExtensionPoint",
    xml: () => {
      const line = '<FunctionFile resid="Commands.Url"/>';
      return mutate(mutate(manifestXml, line, ""), "</ExtensionPoint>", `</ExtensionPoint>${line}`);
    },
    expected: /^order: .*DesktopFormFactor: <FunctionFile> must come before <ExtensionPoint>/,
  },
  {
    name: "a missing ProviderName",
    xml: () => mutate(manifestXml, "<ProviderName>Campaign Desk</ProviderName>", ""),
    expected: /^required: missing <ProviderName>/,
  },
  {
    name: "an Id that is not a GUID",
    xml: () => mutate(manifestXml, /<Id>[^<]*<\/Id>/, "<Id>campaign-desk</Id>"),
    expected: /^id: <Id> "campaign-desk" is not a GUID/,
  },
  {
    name: "a string without its Danish override",
    xml: () => mutate(manifestXml, '<bt:Override Locale="da-DK" Value="Valider ark"/>', ""),
    expected: /^strings: .*no da-DK override/,
  },
  {
    name: "an icon URL to a file that does not exist",
    xml: () => mutate(manifestXml, "assets/icon-80.png", "assets/icon-48.png"),
    expected: /^icons: .*assets\/icon-48\.png does not exist/,
  },
  {
    name: "an icon file whose size differs from its name",
    xml: () => manifestXml,
    inputs: { readAsset: (name) => realInputs.readAsset(name === "icon-16.png" ? "icon-32.png" : name) },
    expected: /^icons: .*assets\/icon-16\.png is 32×32, its name claims 16×16/,
  },
  {
    name: "a ribbon image whose size attribute does not match its file",
    xml: () =>
      mutate(
        manifestXml,
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      ),
    expected: /^icons: .*size="16" but resource Icon\.16x16 is .*icon-32\.png/,
  },
  {
    name: "a lower ExcelApi floor",
    xml: () =>
      mutate(manifestXml, '<Set Name="ExcelApi" MinVersion="1.8"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>'),
    expected: /^requirements: ExcelApi MinVersion is "1\.7", expected "1\.8"/,
  },
  {
    name: "a weaker permission",
    xml: () =>
      mutate(manifestXml, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
    expected: /^permissions: <Permissions> is "ReadDocument"/,
  },
  {
    name: "a FunctionName that commands.ts does not associate",
    xml: () =>
      mutate(manifestXml, "<FunctionName>validateSheet</FunctionName>", "<FunctionName>validateAll</FunctionName>"),
    expected: /^functions: <FunctionName>validateAll<\/FunctionName> is never associated/,
  },
  {
    name: "commands.ts associating a name no button calls",
    xml: () => manifestXml,
    inputs: { commandsSource: `${realInputs.commandsSource}\nOffice.actions.associate("exportSheet", () => {});\n` },
    expected: /^functions: commands\.ts associates "exportSheet", no button calls it/,
  },
  {
    name: "a task pane button without the auto-open TaskpaneId",
    xml: () =>
      mutate(
        manifestXml,
        "<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>",
        "<TaskpaneId>ButtonId1</TaskpaneId>",
      ),
    expected: /^ribbon: .*TaskpaneId is "ButtonId1"/,
  },
  {
    name: "XML that is not well-formed",
    xml: () => mutate(manifestXml, "</Permissions>", ""),
    expected: /^xml: not well-formed XML at line \d+/,
  },
];

describe("validateManifest", () => {
  it("finds no problem in the real manifest", () => {
    expect(validateManifest(manifestXml, realInputs)).toEqual([]);
  });

  it.each(MUTATIONS)("reports $name", ({ xml, inputs, expected }) => {
    const problems = validateManifest(xml(), { ...realInputs, ...inputs });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
