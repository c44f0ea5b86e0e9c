import { describe, expect, expectTypeOf, test } from "vitest";
import fc from "fast-check";
import { buildParameters } from "../model/parameters";
import { runModel } from "../model";
import { OVERRIDE_KEYS, RESPONSES, SETTINGS } from "../model/types";
import type { ResponseId, SettingId } from "../model/types";
import { explorerState, resetOverrides, toModelInputs } from "./explorer";
import type { ExplorerState } from "./explorer";

const params = buildParameters();
const explorer = explorerState(params.limits);

describe("explorer URL state", () => {
  test("defaults: PR, 24 months, 5 years, pooled, no overrides, and they serialise to nothing", () => {
    expect(explorer.defaults).toMatchObject({ response: "pr", duration: 24, horizon: 5, setting: "pooled", theme: null, step: 0, controls: true });
    for (const k of OVERRIDE_KEYS) expect(explorer.defaults[k]).toBeNull();
    expect(explorer.serialize(explorer.defaults)).toBe("");
  });

  test("the state is typed", () => {
    expectTypeOf(explorer.defaults.response).toEqualTypeOf<ResponseId>();
    expectTypeOf(explorer.defaults.setting).toEqualTypeOf<SettingId>();
    expectTypeOf(explorer.defaults.duration).toEqualTypeOf<number | "progression">();
    expectTypeOf(explorer.defaults.hr).toEqualTypeOf<number | null>();
    expectTypeOf(explorer.defaults.theme).toEqualTypeOf<"light" | "dark" | "projector" | null>();
  });

  test("a full view round-trips", () => {
    const q = "theme=dark&response=cr&duration=progression&horizon=10&setting=mm-015&hr=0.4&spm=1.25&fade=6";
    const p = explorer.parse(q);
    expect(p.ignored).toEqual([]);
    expect(p.state).toMatchObject({ theme: "dark", response: "cr", duration: "progression", horizon: 10, setting: "mm-015", hr: 0.4, spm: 1.25, fade: 6 });
    expect(explorer.serialize(p.state)).toBe(q);
  });

  test("overrides outside their limits are clamped to the parameter's range and reported", () => {
    const p = explorer.parse("hr=0.05&base=500&rsd=9&fade=100");
    expect(p.state).toMatchObject({ hr: params.limits.hr.min, base: params.limits.base.max, rsd: params.limits.rsd.max, fade: params.limits.fade.max });
    expect(p.adjusted.map((a) => a.key)).toEqual(["base", "hr", "fade", "rsd"]);
    expect(p.adjusted[1]).toMatchObject({ value: "0.05", used: "0.34" });
  });

  test("out-of-range controls clamp; garbage falls back to the default", () => {
    const p = explorer.parse("horizon=42&duration=-5&response=excellent&setting=CALGB-100104");
    expect(p.state).toMatchObject({ horizon: 10, duration: 0, response: "pr", setting: "calgb-100104" });
    expect(p.adjusted.map((a) => a.key)).toEqual(["duration", "horizon", "setting"]);
    expect(p.ignored.map((i) => i.key)).toEqual(["response"]);
  });

  test("toModelInputs: progression is Infinity, unset overrides drop out", () => {
    const s = explorer.parse("duration=progression&hr=0.6").state;
    expect(toModelInputs(s)).toEqual({ response: "pr", durationMonths: Infinity, horizonYears: 5, setting: "pooled", overrides: { hr: 0.6 } });
    expect(toModelInputs(resetOverrides(s)).overrides).toEqual({});
  });

  const stateArb: fc.Arbitrary<ExplorerState> = fc.record({
    theme: fc.constantFrom(null, "light" as const, "dark" as const, "projector" as const),
    step: fc.integer({ min: 0, max: 999 }),
    controls: fc.boolean(),
    response: fc.constantFrom(...RESPONSES),
    duration: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant("progression" as const)),
    horizon: fc.integer({ min: 1, max: 10 }),
    setting: fc.constantFrom(...SETTINGS),
    ...Object.fromEntries(OVERRIDE_KEYS.map((k) => {
      const lim = params.limits[k];
      const f = 10 ** lim.decimals;
      return [k, fc.oneof(fc.constant(null), fc.integer({ min: Math.round(lim.min * f), max: Math.round(lim.max * f) }).map((i) => i / f))];
    })) as { [K in (typeof OVERRIDE_KEYS)[number]]: fc.Arbitrary<number | null> },
  });

  test("property: any valid explorer state round-trips exactly and the model runs on it", () => {
    fc.assert(fc.property(stateArb, (s) => {
      const p = explorer.parse(explorer.serialize(s));
      expect(p.state).toEqual(s);
      expect(p.ignored).toEqual([]);
      expect(p.adjusted).toEqual([]);
      const o = runModel(toModelInputs(p.state), params);
      expect(Number.isFinite(o.pfWith)).toBe(true);
    }), { numRuns: 300 });
  });

  test("property: re-serialising any parsed URL is stable", () => {
    const keys = ["response", "duration", "horizon", "setting", ...OVERRIDE_KEYS, "theme", "step", "controls", "other"];
    const q = fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String))), { maxLength: 12 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(fc.property(q, (query) => {
      const once = explorer.serialize(explorer.parse(query).state);
      const twice = explorer.parse(once);
      expect(twice.ignored).toEqual([]);
      expect(twice.adjusted).toEqual([]);
      expect(explorer.serialize(twice.state)).toBe(once);
    }), { numRuns: 300 });
  });
});
