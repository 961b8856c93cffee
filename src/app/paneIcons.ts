/**
 * The Fluent MDL2 icons the pane can show (rule SP2): the pane's own and those Fluent UI's components name, each
 * from its font subset, instead of initializeIcons' ~1,800. Generated once from @fluentui/font-icons-mdl2 by
 * collecting every icon name quoted in src/, dev/ and @fluentui/react/lib; a new icon name is added here.
 */
import { registerIcons } from "@fluentui/react";

const STYLE = {
  MozOsxFontSmoothing: "grayscale",
  WebkitFontSmoothing: "antialiased",
  fontStyle: "normal",
  fontWeight: "normal",
  speak: "none",
} as const;

/** [font family, font file, icons] per subset of the MDL2 font. */
const SUBSETS: readonly [string, string, Record<string, string>][] = [
  [
    "FabricMDL2Icons",
    "fabric-icons-a13498cf.woff",
    {
      Add: "\uE710",
      AddFriend: "\uE8FA",
      Calendar: "\uE787",
      Cancel: "\uE711",
      CheckMark: "\uE73E",
      ChevronDown: "\uE70D",
      ChevronLeft: "\uE76B",
      ChevronRight: "\uE76C",
      ChevronUp: "\uE70E",
      CircleRing: "\uEA3A",
      Clear: "\uE894",
      Delete: "\uE74D",
      Edit: "\uE70F",
      FavoriteStar: "\uE734",
      FavoriteStarFill: "\uE735",
      Filter: "\uE71C",
      Info: "\uE946",
      List: "\uEA37",
      More: "\uE712",
      Search: "\uE721",
      SkypeCheck: "\uEF80",
      SkypeClock: "\uEF81",
      SkypeMinus: "\uEF82",
      Sort: "\uE8CB",
      SortDown: "\uEE69",
      SortUp: "\uEE68",
      StatusCircleCheckmark: "\uF13E",
      Tag: "\uE8EC",
      View: "\uE890",
    },
  ],
  [
    "FabricMDL2Icons-0",
    "fabric-icons-0-467ee27f.woff",
    {
      Blocked: "\uE733",
      Checkbox: "\uE739",
      Contact: "\uE77B",
      Down: "\uE74B",
      Link: "\uE71B",
      Refresh: "\uE72C",
      Remove: "\uE738",
      Save: "\uE74E",
      Stop: "\uE71A",
      TimePicker: "\uE367",
      Up: "\uE74A",
    },
  ],
  ["FabricMDL2Icons-5", "fabric-icons-5-f95ba260.woff", { Blocked2: "\uECE4", Hide: "\uED1A", Section: "\uEC0C" }],
  [
    "FabricMDL2Icons-8",
    "fabric-icons-8-6fdf1528.woff",
    { Breadcrumb: "\uEF8C", ExcelDocument: "\uEF73", GroupedList: "\uEF74", Relationship: "\uF003" },
  ],
  [
    "FabricMDL2Icons-2",
    "fabric-icons-2-63c99abf.woff",
    {
      CalculatorMultiply: "\uE947",
      CalendarDay: "\uE8BF",
      ChevronUpSmall: "\uE96D",
      Code: "\uE943",
      Completed: "\uE930",
      Copy: "\uE8C8",
      Group: "\uE902",
      Label: "\uE932",
    },
  ],
  [
    "FabricMDL2Icons-3",
    "fabric-icons-3-089e217a.woff",
    {
      ChevronDownMed: "\uE972",
      ChevronDownSmall: "\uE96E",
      ChevronLeftMed: "\uE973",
      ChevronRightMed: "\uE974",
      ChevronUpMed: "\uE971",
      ErrorBadge: "\uEA39",
      Quantity: "\uE9F8",
      Unknown: "\uE9CE",
    },
  ],
  ["FabricMDL2Icons-15", "fabric-icons-15-3807251b.woff", { CircleShapeSolid: "\uF63C" }],
  ["FabricMDL2Icons-7", "fabric-icons-7-2b97bb99.woff", { DoubleChevronDown: "\uEE04", GroupedDescending: "\uEE66" }],
  [
    "FabricMDL2Icons-6",
    "fabric-icons-6-ef6fd590.woff",
    { DoubleChevronUp: "\uEDBD", Dropdown: "\uEDC5", Table: "\uED86", TextField: "\uEDC3" },
  ],
  [
    "FabricMDL2Icons-1",
    "fabric-icons-1-4d521695.woff",
    {
      Error: "\uE783",
      GripperBarVertical: "\uE784",
      Help: "\uE897",
      Highlight: "\uE7E6",
      Home: "\uE80F",
      Merge: "\uE7D5",
      Next: "\uE893",
      Previous: "\uE892",
      RedEye: "\uE7B3",
      Remote: "\uE8AF",
      SelectAll: "\uE8B3",
      Sync: "\uE895",
      Tab: "\uE7E9",
      Warning: "\uE7BA",
    },
  ],
  ["FabricMDL2Icons-17", "fabric-icons-17-0c4ed701.woff", { Footer: "\uF82E", Header: "\uF82F" }],
  [
    "FabricMDL2Icons-4",
    "fabric-icons-4-a656cc0a.woff",
    { Money: "\uEAFD", Running: "\uEADA", StatusErrorFull: "\uEB90" },
  ],
  ["FabricMDL2Icons-12", "fabric-icons-12-7e945a1e.woff", { Separator: "\uF35E" }],
  ["FabricMDL2Icons-16", "fabric-icons-16-9cf93f3b.woff", { SkypeArrow: "\uF748" }],
  ["FabricMDL2Icons-14", "fabric-icons-14-5cf58db8.woff", { Slider: "\uF527" }],
  ["FabricMDL2Icons-10", "fabric-icons-10-c4ded8e4.woff", { Stack: "\uF26F" }],
];

export const PANE_ICON_NAMES: readonly string[] = SUBSETS.flatMap(([, , icons]) => Object.keys(icons));

/** Registers the pane's icons, their fonts served from `baseUrl` (the add-in's own fonts/ folder). */
export function registerPaneIcons(baseUrl: string): void {
  for (const [fontFamily, file, icons] of SUBSETS) {
    const fontFace = { fontFamily: `"${fontFamily}"`, src: `url('${baseUrl}${file}') format('woff')` };
    registerIcons({ style: STYLE, fontFace, icons }, { disableWarnings: true });
  }
}
