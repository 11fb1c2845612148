import { type CSSVariablesResolver, createTheme } from "@mantine/core";

// Colors chosen for WCAG AA contrast (axe's color-contrast rule): the darker primary shade, automatic
// black/white text on filled components, and a darker "dimmed" gray than Mantine's default.
export const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 4 },
  autoContrast: true,
  // Black text on colors lighter than this, white on darker: the crossover where both reach 4.5:1.
  luminanceThreshold: 0.18,
  defaultRadius: "md",
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-placeholder": "#5c636a" },
  dark: {},
});
