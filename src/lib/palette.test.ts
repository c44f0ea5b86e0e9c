import { describe, expect, test } from "vitest";
import { PALETTES, type ThemeName } from "./palette";

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const TEXT = ["fg", "fg-soft", "link", "accent", "series-len", "series-ctl", "series-gap", "series-null", "series-harm"] as const;
const required: Record<ThemeName, number> = { light: 4.5, dark: 4.5, projector: 7 };

describe("theme contrast", () => {
  test("black on white is 21:1 (the formula)", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 10);
  });
  for (const theme of Object.keys(PALETTES) as ThemeName[]) {
    for (const key of TEXT) {
      test(`${theme}: ${key} on the background reaches ${required[theme]}:1`, () => {
        const p = PALETTES[theme];
        expect(contrast(p[key], p.bg)).toBeGreaterThanOrEqual(required[theme]);
        expect(contrast(p[key], p["bg-soft"])).toBeGreaterThanOrEqual(theme === "projector" ? 7 : 4.5);
      });
    }
  }
});
