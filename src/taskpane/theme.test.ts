/**
 * The pane's Fluent theme from Office's theme colours (issue #9, item 10): a dark Office theme darkens the whole pane,
 * not only its body. https://learn.microsoft.com/javascript/api/office/office.officetheme
 */
import { themeFromOffice } from "./theme";
import { contrast, luminance } from "./themeColors";

/** Office's "Black" theme as Excel on Windows reports it. */
const BLACK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#ffffff",
};

const BACKGROUNDS = [
  "bodyBackground",
  "bodyStandoutBackground",
  "inputBackground",
  "buttonBackground",
  "buttonBackgroundHovered",
  "menuBackground",
  "listBackground",
  "listItemBackgroundHovered",
  "disabledBackground",
] as const;

const TEXTS = ["bodyText", "inputText", "buttonText", "menuItemText", "listText", "bodySubtext"] as const;

describe("the pane's theme", () => {
  test("[XL18] a dark Office theme gives dark backgrounds to every control, not only the body", () => {
    const s = themeFromOffice(BLACK).semanticColors;
    const light = BACKGROUNDS.filter((name) => luminance(s[name]) > 0.1).map((name) => `${name} ${s[name]}`);
    expect(light).toEqual([]);
    expect([s.inputBackground, s.buttonBackground, s.menuBackground]).toEqual(["#363636", "#363636", "#363636"]);
  });

  test("[XL18] on it every text colour is readable (WCAG contrast ≥ 4.5 against its background)", () => {
    const s = themeFromOffice(BLACK).semanticColors;
    const unreadable = TEXTS.filter((name) => contrast(s[name], s.bodyBackground) < 4.5);
    expect(unreadable).toEqual([]);
    expect(contrast(s.inputText, s.inputBackground)).toBeGreaterThanOrEqual(4.5);
  });

  test("[XL18] the neutral shades run from the background towards the text, and the theme is inverted", () => {
    const t = themeFromOffice(BLACK);
    expect(t.isInverted).toBe(true);
    expect(luminance(t.palette.neutralLighter)).toBeLessThan(luminance(t.palette.neutralTertiary));
    expect(luminance(t.palette.neutralTertiary)).toBeLessThan(luminance(t.palette.neutralPrimary));
    expect(contrast(t.palette.themePrimary, BLACK.bodyBackgroundColor)).toBeGreaterThanOrEqual(4.5);
  });

  test("without Office's colours (the dev host) the pane is light with Excel green", () => {
    const t = themeFromOffice(null);
    expect([t.isInverted, t.semanticColors.bodyBackground, t.palette.themePrimary]).toEqual([
      false,
      "#ffffff",
      "#217346",
    ]);
    expect(luminance(t.semanticColors.buttonBackground)).toBeGreaterThan(0.9);
  });

  test("Office's colourful theme keeps its control colours", () => {
    const t = themeFromOffice({
      ...BLACK,
      bodyBackgroundColor: "#e6e6e6",
      bodyForegroundColor: "#262626",
      controlBackgroundColor: "#ffffff",
      controlForegroundColor: "#000000",
    });
    expect([t.isInverted, t.semanticColors.inputBackground, t.semanticColors.bodyBackground]).toEqual([
      false,
      "#ffffff",
      "#e6e6e6",
    ]);
  });
});
