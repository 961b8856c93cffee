/**
 * A whole Fluent theme from Office's theme colours (`Office.context.officeTheme`,
 * https://learn.microsoft.com/javascript/api/office/office.officetheme): body, control and neutral colours — not only
 * the body's — so a dark Office theme gives a dark pane (text fields, buttons, menus, lists included). The neutral
 * shades are mixed from the body's background towards its text colour, as Fluent's theme designer does; Excel green is
 * the accent, lightened on a dark background so it stays readable.
 */
import { createTheme } from "@fluentui/react";
import type { IPalette, ISemanticColors, Theme } from "@fluentui/react";
import { luminance, mix } from "./themeColors";

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  /** Newer hosts say whether the theme is dark; otherwise it is judged from the body's background. */
  isDarkTheme?: boolean;
}

const LIGHT: OfficeThemeColors = {
  bodyBackgroundColor: "#ffffff",
  bodyForegroundColor: "#323130",
  controlBackgroundColor: "#ffffff",
  controlForegroundColor: "#323130",
};

const EXCEL_GREEN = "#217346";
const EXCEL_GREEN_ON_DARK = "#5cb67f";

/** The palette entries this theme sets. */
type Palette = Pick<
  IPalette,
  | "neutralLighterAlt"
  | "neutralLighter"
  | "neutralLight"
  | "neutralQuaternaryAlt"
  | "neutralQuaternary"
  | "neutralTertiaryAlt"
  | "neutralTertiary"
  | "neutralSecondaryAlt"
  | "neutralSecondary"
  | "neutralPrimaryAlt"
  | "neutralPrimary"
  | "neutralDark"
  | "black"
  | "white"
  | "themePrimary"
  | "themeLighterAlt"
  | "themeLighter"
  | "themeLight"
  | "themeTertiary"
  | "themeSecondary"
  | "themeDarkAlt"
  | "themeDark"
  | "themeDarker"
>;

function palette(colors: OfficeThemeColors, dark: boolean): Palette {
  const bg = colors.bodyBackgroundColor;
  const fg = colors.bodyForegroundColor;
  const accent = dark ? EXCEL_GREEN_ON_DARK : EXCEL_GREEN;
  // Neutral shades: how far each is from the background towards the text colour.
  const shade = (amount: number) => mix(bg, fg, amount);
  return {
    neutralLighterAlt: shade(0.03),
    neutralLighter: shade(0.06),
    neutralLight: shade(0.1),
    neutralQuaternaryAlt: shade(0.15),
    neutralQuaternary: shade(0.19),
    neutralTertiaryAlt: shade(0.27),
    neutralTertiary: shade(0.45),
    neutralSecondaryAlt: shade(0.55),
    neutralSecondary: shade(0.65),
    neutralPrimaryAlt: shade(0.85),
    white: bg,
    neutralPrimary: fg,
    neutralDark: fg,
    black: fg,
    themePrimary: accent,
    themeLighterAlt: mix(bg, accent, 0.06),
    themeLighter: mix(bg, accent, 0.2),
    themeLight: mix(bg, accent, 0.4),
    themeTertiary: mix(bg, accent, 0.6),
    themeSecondary: mix(bg, accent, 0.85),
    themeDarkAlt: mix(accent, fg, 0.1),
    themeDark: mix(accent, fg, 0.25),
    themeDarker: mix(accent, fg, 0.45),
  };
}

/** What controls draw with: Office's control colours for inputs, buttons and menus, its body colours elsewhere. */
function semanticColors(colors: OfficeThemeColors, p: Palette): Partial<ISemanticColors> {
  const control = colors.controlBackgroundColor;
  const controlText = colors.controlForegroundColor;
  return {
    bodyBackground: colors.bodyBackgroundColor,
    bodyText: colors.bodyForegroundColor,
    bodyStandoutBackground: p.neutralLighterAlt,
    bodyDivider: p.neutralLight,
    inputBackground: control,
    inputText: controlText,
    inputBorder: p.neutralSecondary,
    inputPlaceholderText: p.neutralSecondary,
    buttonBackground: control,
    buttonText: controlText,
    buttonBackgroundHovered: mix(control, controlText, 0.08),
    buttonBackgroundPressed: mix(control, controlText, 0.15),
    buttonBorder: p.neutralSecondaryAlt,
    menuBackground: control,
    menuItemText: controlText,
    menuItemBackgroundHovered: mix(control, controlText, 0.08),
    listBackground: colors.bodyBackgroundColor,
    listText: colors.bodyForegroundColor,
    listItemBackgroundHovered: p.neutralLighter,
    disabledBackground: p.neutralLighter,
    disabledText: p.neutralTertiary,
  };
}

export function themeFromOffice(office: OfficeThemeColors | null): Theme {
  const colors = { ...LIGHT, ...(office ?? {}) };
  for (const key of Object.keys(LIGHT) as (keyof OfficeThemeColors)[]) {
    if (!colors[key]) (colors as Record<string, unknown>)[key] = LIGHT[key];
  }
  const dark = colors.isDarkTheme ?? luminance(colors.bodyBackgroundColor) < 0.35;
  const p = palette(colors, dark);
  return createTheme({ palette: p, semanticColors: semanticColors(colors, p), isInverted: dark });
}
