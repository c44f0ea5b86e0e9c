/**
 * The parameter set cut down to what the model runs on, for the browser: the numbers of each
 * parameter and the override limits, without labels, sources or derivations. The page prints
 * those from the full set at build time.
 */
import { OVERRIDE_KEYS, SETTINGS } from "./types";
import type { ModelParameters, OverrideKey, RuntimeDef, RuntimeLimit, RuntimeParameters, SettingId } from "./types";

function slim(d: RuntimeDef): RuntimeDef {
  return { key: d.key, value: d.value, min: d.min, max: d.max };
}

export function toRuntime(p: ModelParameters): RuntimeParameters {
  const settings = Object.fromEntries(SETTINGS.map((id) => {
    const s = p.settings[id];
    return [id, { base: slim(s.base), hr: slim(s.hr), spm: slim(s.spm) }];
  })) as Record<SettingId, RuntimeParameters["settings"][SettingId]>;
  const limits = Object.fromEntries(OVERRIDE_KEYS.map((k): [OverrideKey, RuntimeLimit] => {
    const l = p.limits[k];
    return [k, { min: l.min, max: l.max, decimals: l.decimals }];
  })) as Record<OverrideKey, RuntimeLimit>;
  return {
    settings,
    response: { cr: slim(p.response.cr), vgpr: slim(p.response.vgpr), sd: slim(p.response.sd) },
    fade: slim(p.fade),
    limits,
  };
}
