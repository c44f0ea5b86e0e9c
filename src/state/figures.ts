/**
 * URL state of the essay figures (the explorer's lives in ./explorer.ts). Each figure owns
 * distinct keys so several figures can share one page's URL.
 * TODO(lead): move onto the general param kinds in ./params.ts once it lands.
 */
import type { HazardRatioState } from "../charts/pfs-os-hazard-ratios";

type Ignored = { key: string; value: string; reason: string };

function oneOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], fallback: T, ignored: Ignored[]): T {
  const raw = params.get(key);
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  ignored.push({ key, value: raw, reason: `expected one of ${allowed.join(", ")}` });
  return fallback;
}

export const hazardRatioState = {
  parse(params: URLSearchParams) {
    const ignored: Ignored[] = [];
    const state: HazardRatioState = {
      cut: oneOf(params, "reports", ["2012", "latest"] as const, "2012", ignored),
      view: oneOf(params, "measure", ["hr", "absolute"] as const, "hr", ignored),
    };
    return { state, ignored };
  },
  write(state: HazardRatioState, params: URLSearchParams) {
    if (state.cut === "2012") params.delete("reports"); else params.set("reports", state.cut);
    if (state.view === "hr") params.delete("measure"); else params.set("measure", state.view);
  },
};
