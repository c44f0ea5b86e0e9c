/**
 * The theme colours, in one place: the page CSS custom properties are generated from these
 * (Base and Embed layouts inline `themeCss()`), and standalone SVG/PNG exports resolve
 * `var(--…)` and chart series classes to these same values.
 */
export type ThemeName = "light" | "dark" | "projector";

export interface Palette {
  bg: string; "bg-soft": string; fg: string; "fg-soft": string; rule: string; link: string; focus: string; accent: string;
  /** lenalidomide */
  "series-len": string;
  /** control arms */
  "series-ctl": string;
  /** not reported */
  "series-gap": string;
  /** line of no effect */
  "series-null": string;
  /** second cancers */
  "series-harm": string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: "#fdfcf9", "bg-soft": "#f3f0e8", fg: "#1d1d1f", "fg-soft": "#4a4a50", rule: "#c9c4b8", link: "#0a58a8", focus: "#b3006b", accent: "#7a3b00",
    "series-len": "#b1400d", "series-ctl": "#3c5a86", "series-gap": "#6b6b70", "series-null": "#55555a", "series-harm": "#8a1c7c",
  },
  dark: {
    bg: "#16171a", "bg-soft": "#22242a", fg: "#ececef", "fg-soft": "#b9b9c2", rule: "#4a4c55", link: "#8cc4ff", focus: "#ff8ad0", accent: "#f0b27a",
    "series-len": "#ff9a6b", "series-ctl": "#9dbcf2", "series-gap": "#a4a4ad", "series-null": "#c4c4cc", "series-harm": "#f08ae0",
  },
  projector: {
    bg: "#ffffff", "bg-soft": "#eeeeee", fg: "#000000", "fg-soft": "#1a1a1a", rule: "#333333", link: "#003d99", focus: "#c00070", accent: "#6b2e00",
    "series-len": "#852600", "series-ctl": "#002e7a", "series-gap": "#333333", "series-null": "#000000", "series-harm": "#6d005f",
  },
};

const vars = (p: Palette) => Object.entries(p).map(([k, v]) => `--${k}:${v};`).join("");

/** The colour custom properties for every theme: light by default, dark by system or choice, projector by choice. */
export function themeCss(): string {
  return [
    `:root{${vars(PALETTES.light)}color-scheme:light}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]):not([data-theme="projector"]){${vars(PALETTES.dark)}color-scheme:dark}}`,
    `:root[data-theme="dark"]{${vars(PALETTES.dark)}color-scheme:dark}`,
    `:root[data-theme="projector"]{${vars(PALETTES.projector)}color-scheme:light}`,
  ].join("\n");
}
