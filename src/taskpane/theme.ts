/** A Fluent theme from Office's theme colours (Office.context.officeTheme), with Excel green as accent. */
import { createTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export function themeFromOffice(colors: OfficeThemeColors | null): Theme {
  const background = colors?.bodyBackgroundColor || "#ffffff";
  const foreground = colors?.bodyForegroundColor || "#201f1e";
  return createTheme({
    palette: {
      themePrimary: "#217346",
      themeDark: "#185c37",
      themeDarker: "#0e3d24",
      themeLighter: "#c6e0d0",
      themeLighterAlt: "#f0f7f3",
      white: background,
      neutralPrimary: foreground,
      neutralDark: foreground,
      black: foreground,
    },
    semanticColors: { bodyBackground: background, bodyText: foreground },
  });
}
