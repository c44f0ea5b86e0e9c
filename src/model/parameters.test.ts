import { describe, expect, test } from "vitest";
import { evidence, figure, value } from "../evidence";
import { buildParameters, IDS } from "./parameters";
import { OVERRIDE_KEYS, SETTINGS } from "./types";
import type { ParameterDef } from "./types";

const params = buildParameters();
const allDefs: ParameterDef[] = [
  ...SETTINGS.flatMap((s) => [params.settings[s].base, params.settings[s].hr, params.settings[s].spm]),
  params.response.cr, params.response.vgpr, params.response.sd, params.fade,
];
const gapIds = new Set(evidence.gaps.map((g) => g.id));

describe("parameter definitions", () => {
  test("every parameter's value lies in its range and every number is finite", () => {
    for (const d of allDefs) {
      expect(Number.isFinite(d.value) && Number.isFinite(d.min) && Number.isFinite(d.max), d.key).toBe(true);
      expect(d.min <= d.value && d.value <= d.max, `${d.key}: ${d.min} ≤ ${d.value} ≤ ${d.max}`).toBe(true);
    }
  });

  test("data parameters name evidence figures; assumptions name none and say why", () => {
    for (const d of allDefs) {
      expect(d.why.length, d.key).toBeGreaterThan(10);
      expect(d.rangeWhy.length, d.key).toBeGreaterThan(10);
      if (d.kind === "data") expect(d.sources.length, d.key).toBeGreaterThan(0);
      else expect(d.sources, d.key).toEqual([]);
      for (const id of [...d.sources, ...d.rangeSources, ...(d.derivation?.inputs.flatMap((i) => (i.id ? [i.id] : [])) ?? [])]) {
        expect(() => figure(id), id).not.toThrow();
      }
      for (const g of d.gaps) expect(gapIds.has(g), g).toBe(true);
    }
  });

  test("the parameter set is plain JSON: it survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(params))).toEqual(params);
  });

  test("baselines are the control arms' medians", () => {
    expect(params.settings.pooled.base.value).toBe(value(IDS.meta2017.controlMedian));
    expect(params.settings["calgb-100104"].base.value).toBe(value(IDS.calgb.placeboMedian));
    expect(params.settings["ifm-2005-02"].base.value).toBe(value(IDS.ifm.placeboMedian));
    expect(params.settings["mm-015"].base.value).toBe(value(IDS.mm015.mprMedian));
    expect(params.settings["calgb-100104"].base.value).toBe(27);
  });

  test("hazard ratios: published where published, and CALGB's implied by its medians and labelled computed", () => {
    expect(params.settings.pooled.hr).toMatchObject({ value: 0.48, min: 0.41, max: 0.55, computed: false });
    expect(params.settings["ifm-2005-02"].hr).toMatchObject({ value: 0.5, computed: false, gaps: ["ifm-pfs-hr-ci"] });
    expect(params.settings["mm-015"].hr).toMatchObject({ value: 0.34, computed: false });
    const calgb = params.settings["calgb-100104"].hr;
    // 27 / 46 = 0.5869565…; range: the 2017 update's CI 0.46–0.71
    expect(calgb.value).toBeCloseTo(27 / 46, 12);
    expect(calgb).toMatchObject({ computed: true, min: 0.46, max: 0.71, gaps: ["calgb-ttp-hr-2012"] });
    expect(calgb.why).toMatch(/Computed/);
  });

  test("without a published CI, the hazard ratio's range is the envelope of the primary maintenance HRs (0.34–0.71)", () => {
    for (const s of ["ifm-2005-02", "mm-015"] as const) {
      expect(params.settings[s].hr.min).toBe(0.34);
      expect(params.settings[s].hr.max).toBe(0.71);
    }
  });

  test("pooled second cancers: (HR − 1) × −ln(1 − 4.8/100)/5 × 100, at 1.55 (1.03–2.34)", () => {
    const h0 = (-Math.log(1 - 0.048) / 5) * 100; // 0.98377… per 100 patient-years
    const spm = params.settings.pooled.spm;
    expect(spm.value).toBeCloseTo(0.55 * h0, 10);
    expect(spm.min).toBeCloseTo(0.03 * h0, 10);
    expect(spm.max).toBeCloseTo(1.34 * h0, 10);
    expect(spm.derivation?.steps.map((s) => s.symbol)).toEqual(["T", "h_ctrl", "excess", "excess_low", "excess_high"]);
  });

  test("CALGB second cancers: 18/(231 × 34/12) − 6/(229 × 34/12), per 100 patient-years", () => {
    const spm = params.settings["calgb-100104"].spm;
    expect(spm.value).toBeCloseTo((18 / (231 * (34 / 12)) - 6 / (229 * (34 / 12))) * 100, 10);
    expect(spm.min).toBeGreaterThan(0);
    expect(spm.max).toBeGreaterThan(spm.value);
  });

  test("IFM second cancers: no placebo rate, so the pooled estimate is borrowed and IFM's own 3.1 is the ceiling", () => {
    const spm = params.settings["ifm-2005-02"].spm;
    expect(spm.value).toBe(params.settings.pooled.spm.value);
    expect(spm.max).toBe(value(IDS.ifm.spmLenRate));
    expect(spm.max).toBe(3.1);
    expect(spm.gaps).toContain("ifm-spm-placebo-rate");
  });

  test("MM-015 second cancers: 7% vs 7% gives no maintenance excess; the ceiling is 7% vs 3%", () => {
    const spm = params.settings["mm-015"].spm;
    expect(spm.value).toBe(0);
    expect(spm.min).toBe(0);
    // (−ln 0.93 + ln 0.97) / 3 × 100 = 1.40371…
    expect(spm.max).toBeCloseTo(((Math.log(0.97) - Math.log(0.93)) / 3) * 100, 10);
  });

  test("response multipliers are assumptions ordered CR < VGPR < PR = 1 < less than PR", () => {
    const r = params.response;
    expect([r.cr.kind, r.vgpr.kind, r.sd.kind]).toEqual(["assumption", "assumption", "assumption"]);
    expect(r.cr.value).toBeLessThan(r.vgpr.value);
    expect(r.vgpr.value).toBeLessThan(1);
    expect(r.sd.value).toBeGreaterThan(1);
    // Bounds computed from cohort medians: Kumar 2014 18/107, Mayo 2019 22/33
    expect(r.cr.min).toBeCloseTo(18 / 107, 12);
    expect(r.vgpr.min).toBeCloseTo(22 / 33, 12);
    expect(r.vgpr.max).toBe(1);
  });

  test("the fade is an assumption, off by default", () => {
    expect(params.fade).toMatchObject({ kind: "assumption", value: 0, min: 0 });
  });

  test("override limits are the union of the ranges across settings, on the URL's decimal grid", () => {
    for (const k of OVERRIDE_KEYS) {
      const lim = params.limits[k];
      const f = 10 ** lim.decimals;
      expect(Math.round(lim.min * f) / f).toBe(lim.min);
      expect(Math.round(lim.max * f) / f).toBe(lim.max);
      expect(lim.min).toBeLessThan(lim.max);
    }
    expect(params.limits.hr).toMatchObject({ min: 0.34, max: 0.71 });
    expect(params.limits.base).toMatchObject({ min: 13, max: 36.3 });
    expect(params.limits.spm).toMatchObject({ min: 0, max: 3.29 });
    expect(params.limits.fade).toMatchObject({ min: 0, max: 24, decimals: 0 });
  });

  test("structural assumptions are listed for /methods/", () => {
    expect(params.assumptions.map((a) => a.id)).toEqual(expect.arrayContaining(["exponential", "proportional", "stop", "spm", "no-os"]));
  });
});
