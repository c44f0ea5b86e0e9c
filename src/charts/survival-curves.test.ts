import { describe, expect, test } from "vitest";
import { survivalCurveData, type CurveView, type SurvivalCurveData } from "../data/survival-curves";
import { serverDocument } from "../lib/server-dom";
import { SURVIVAL_CUTS, SURVIVAL_ENDPOINTS, SURVIVAL_TRIALS, survivalCurveState } from "../state/survival-curves";
import { DEFAULT_STATE, RECONSTRUCTION_NOTE, describeState, render, steps, summary, table, title, viewFor, type SurvivalCurveState } from "./survival-curves";
import type { ChartModule } from "./common";
import * as chartModule from "./survival-curves";
import { renderForSnapshot } from "./snapshot";

// The module fits the shared contract (the figure registry, embeds and exports take it as is).
const contract: ChartModule<SurvivalCurveData, SurvivalCurveState> = chartModule;
const data = survivalCurveData();
const allStates: SurvivalCurveState[] = SURVIVAL_TRIALS.flatMap((trial) => SURVIVAL_ENDPOINTS.flatMap((endpoint) => SURVIVAL_CUTS.map((cut) => ({ trial, endpoint, cut }))));
const view = (trial: SurvivalCurveState["trial"], endpoint: SurvivalCurveState["endpoint"], cut: SurvivalCurveState["cut"]): CurveView => viewFor(data, { trial, endpoint, cut });
const arm = (v: CurveView, label: string) => {
  const a = v.arms.find((x) => x.label === label);
  if (!a) throw new Error(`no arm ${label} in ${v.key}`);
  return a;
};

/** Text drawn in the SVG, without axis tick labels (a scale, not data). */
function drawnText(el: Element): string[] {
  return Array.from(el.querySelectorAll("text"))
    .filter((t) => !t.closest('g[aria-label$="tick label"]'))
    .map((t) => t.textContent ?? "");
}

describe("survival-curves data", () => {
  test("there is one view for every trial, endpoint and data cut; the missing ones say so", () => {
    expect(data.views).toHaveLength(SURVIVAL_TRIALS.length * SURVIVAL_ENDPOINTS.length * SURVIVAL_CUTS.length);
    expect(data.views.filter((v) => !v.available).map((v) => v.key)).toEqual([
      "mm-015:progression:label", "mm-015:survival:label",
      "meta-2017:progression:2012", "meta-2017:progression:label", "meta-2017:survival:2012", "meta-2017:survival:label",
    ]);
    expect(view("meta-2017", "survival", "2012").gap?.text).toBe("The 2017 meta-analysis has no 2012 report: it was published in 2017.");
    expect(view("mm-015", "progression", "label").gap?.text).toBe("No US label analysis of MM-015 is in the evidence base.");
  });

  test("the default view is IFM 2005-02 progression, 2012 report: medians 41 and 23 months, follow-up 45 months", () => {
    expect(DEFAULT_STATE).toEqual({ trial: "ifm-2005-02", endpoint: "progression", cut: "2012" });
    const v = viewFor(data, DEFAULT_STATE);
    expect(v.report).toBe("2012 trial report");
    expect(v.endpointName).toBe("Progression-free survival (PFS), counted from randomisation");
    expect(v.followUp).toEqual({ at: 45, text: "median follow-up 45 months", value: "45 months", detail: null, source: 0 });
    expect(arm(v, "Lenalidomide").marks.map((m) => m.text)).toEqual(["median 41 months"]);
    expect(arm(v, "Placebo").marks.map((m) => m.text)).toEqual(["median 23 months"]);
    expect(v.choice).toBe("2012, median follow-up 45 months");
  });

  test("each curve starts at 100%, passes exactly through its published points and stops at the follow-up", () => {
    const v = viewFor(data, DEFAULT_STATE);
    const len = arm(v, "Lenalidomide");
    const pbo = arm(v, "Placebo");
    expect(len.through[0]).toEqual({ t: 0, pct: 100 });
    expect(len.through).toContainEqual({ t: 41, pct: 50 });
    expect(pbo.through[pbo.through.length - 1]).toEqual({ t: 23, pct: 50 });
    // Carried on from the median at ln2/23 per month to 45 months: 50 · 2^(−22/23) ≈ 25.76%.
    expect(pbo.extension[pbo.extension.length - 1]).toEqual({ t: 45, pct: 25.76 });
    expect(len.extension[len.extension.length - 1]).toEqual({ t: 45, pct: 46.73 });
    expect(v.axisEnd).toBe(45);
  });

  test("a median later than the median follow-up is drawn to the median and no further (CALGB 2012: 46 months, follow-up 34)", () => {
    const v = view("calgb-100104", "progression", "2012");
    expect(arm(v, "Lenalidomide").through.at(-1)).toEqual({ t: 46, pct: 50 });
    expect(arm(v, "Lenalidomide").extension).toEqual([]);
    expect(arm(v, "Placebo").extension.at(-1)?.t).toBe(34);
    expect(v.axisEnd).toBe(46);
    expect(v.endpointName).toBe("Time to progression (TTP), counted from transplant");
    expect(v.axisLabel).toBe("Months from transplant");
  });

  test("no curve is drawn from a bound: IFM 2012 survival is '>70% at 48 months' in each arm, a recorded gap", () => {
    const v = view("ifm-2005-02", "survival", "2012");
    for (const a of v.arms) {
      expect(a.through).toEqual([]);
      expect(a.noCurve).toBe("only a bound was published, not a value");
      expect(a.marks).toEqual([expect.objectContaining({ kind: "bound", t: 48, pct: 70, text: ">70% at 48 months" })]);
    }
    expect(v.gap?.gapId).toBe("ifm-os-hr");
  });

  test("CALGB 2012 survival has no curve; the deaths are given instead, with denominators", () => {
    const v = view("calgb-100104", "survival", "2012");
    expect(v.arms).toEqual([]);
    expect(v.gap?.gapId).toBe("calgb-os-hr-2012");
    expect(v.known).toEqual(["Died by the report: 35 of 231 (15%) with lenalidomide, 53 of 229 (23%) with placebo."]);
  });

  test("the label analysis keeps years and its own clock; months of follow-up are placed, not printed, in years", () => {
    const pfs = view("calgb-100104", "progression", "label");
    expect(pfs.timeUnit).toBe("years");
    expect(pfs.endpointLabel).toBe("PFS");
    expect(pfs.axisLabel).toBe("Years from randomisation");
    expect(pfs.followUp).toBeNull();
    expect(pfs.notes[0]).toBe("Follow-up not reported for this analysis: the curves stop at the last published point.");
    expect(arm(pfs, "Lenalidomide").marks[0]?.text).toBe("median 5.7 years");
    const os = view("ifm-2005-02", "survival", "label");
    expect(os.followUp?.text).toBe("median follow-up 96.7 months");
    expect(os.followUp?.at).toBeCloseTo(96.7 / 12, 12);
    expect(os.report).toBe("2017 US label analysis, cutoff 1 Feb 2016");
  });

  test("the meta-analysis control curve runs through 50% at 84 months and the median of 86; lenalidomide's median was not reached", () => {
    const v = view("meta-2017", "survival", "latest");
    const ctl = arm(v, "Placebo or observation");
    expect(ctl.marks.map((m) => m.text)).toEqual(["median 86 months", "50% at 84 months"]);
    expect(ctl.through).toContainEqual({ t: 84, pct: 50 });
    expect(ctl.through.at(-1)).toEqual({ t: 86, pct: 50 });
    const len = arm(v, "Lenalidomide");
    expect(len.notReached).toBe("median not reached");
    expect(len.through.at(-1)).toEqual({ t: 84, pct: 62 });
    expect(v.sources).toEqual([
      "McCarthy et al., J Clin Oncol 2017",
      "McCarthy et al., J Clin Oncol 2017, as reported by Myeloma UK Academy news, 2017",
      "McCarthy et al., J Clin Oncol 2017, as reported by The ASCO Post, 2017",
    ]);
  });

  test("every drawn curve is non-increasing and ends no later than the axis", () => {
    for (const v of data.views) for (const a of v.arms) {
      const all = [...a.through, ...a.extension];
      for (let i = 1; i < all.length; i++) expect((all[i]?.pct ?? 0) <= (all[i - 1]?.pct ?? 100)).toBe(true);
      for (const s of all) expect(s.t).toBeLessThanOrEqual(v.axisEnd);
    }
  });
});

describe("survival-curves chart", () => {
  test("the module fits the shared chart contract, steps and state description included", () => {
    expect(contract.title(DEFAULT_STATE)).toBe(title(DEFAULT_STATE));
    expect(contract.steps?.(data, DEFAULT_STATE)).toEqual(steps());
    for (const step of contract.steps?.(data, DEFAULT_STATE) ?? []) expect(`${step.label} ${step.note}`).not.toMatch(/\d/);
    expect(contract.describeState?.(DEFAULT_STATE)).toBe(describeState(DEFAULT_STATE));
  });

  test("titles state the finding, and say so when a report is missing", () => {
    expect(title(DEFAULT_STATE)).toBe("IFM 2005-02, 2012 report: the progression curves separate early and widely");
    expect(title({ trial: "ifm-2005-02", endpoint: "survival", cut: "latest" })).toBe("IFM 2005-02, 2013 analysis: the survival curves lie on top of each other");
    expect(title({ trial: "mm-015", endpoint: "survival", cut: "label" })).toBe("MM-015: no US label analysis of survival in the evidence base");
    expect(describeState(DEFAULT_STATE)).toBe("IFM 2005-02 · progression · 2012 report");
  });

  test("the default summary names the method and every published number", () => {
    expect(summary(data, DEFAULT_STATE)).toBe(
      "IFM 2005-02, progression-free survival (PFS), counted from randomisation (2012 trial report · median follow-up 45 months). " +
      `Curves ${RECONSTRUCTION_NOTE}; drawn only to the follow-up. ` +
      "Lenalidomide: median 41 months; carried on at its last hazard to the median follow-up (45 months). " +
      "Placebo: median 23 months; carried on at its last hazard to the median follow-up (45 months). " +
      "Source: Attal et al., N Engl J Med 2012.",
    );
  });

  test("the summary contains every number drawn, in every view", () => {
    for (const s of allStates) {
      const text = summary(data, s);
      const svg = render(data, s, { width: 640, document: serverDocument() });
      for (const line of drawnText(svg)) {
        for (const n of line.match(/\d+(\.\d+)?/g) ?? []) expect(text, `${JSON.stringify(s)}: "${line}"`).toContain(n);
      }
      for (const a of viewFor(data, s).arms) for (const m of a.marks) expect(text).toContain(m.text);
    }
  });

  test("every view says in the chart that its curves are reconstructions", () => {
    for (const s of allStates) {
      const v = viewFor(data, s);
      const text = drawnText(render(data, s, { width: 720, document: serverDocument() })).join(" ");
      if (v.arms.some((a) => a.through.length > 0)) expect(text).toContain("not the trial's Kaplan–Meier");
      if (v.gap) expect(text.replace(/\s+/g, " ")).toContain(v.gap.text.split(" ").slice(0, 4).join(" "));
    }
  });

  test("the table lists each published point with its source, and the follow-up", () => {
    const t = table(data, DEFAULT_STATE);
    expect(t.columns).toEqual(["Arm", "What was published", "Value", "How it is drawn", "Source"]);
    expect(t.rows).toEqual([
      ["Lenalidomide", "Median", "median 41 months", "published point; the curve passes through it", "Attal et al., N Engl J Med 2012"],
      ["Placebo", "Median", "median 23 months", "published point; the curve passes through it", "Attal et al., N Engl J Med 2012"],
      ["All patients", "Median follow-up", "median follow-up 45 months", "curves stop here or at the last published point", "Attal et al., N Engl J Med 2012"],
    ]);
    expect(table(data, { trial: "ifm-2005-02", endpoint: "survival", cut: "2012" }).rows[0]?.slice(0, 4)).toEqual(["Lenalidomide", "Bound (not a value)", ">70% at 48 months", "marker with arrow; no curve"]);
  });

  test("URL state: defaults write nothing, a view round-trips, a bad value falls back and is reported", () => {
    expect(survivalCurveState.serialize(DEFAULT_STATE)).toBe("");
    const s: SurvivalCurveState = { trial: "calgb-100104", endpoint: "survival", cut: "label" };
    expect(survivalCurveState.parse(survivalCurveState.serialize(s)).state).toEqual(s);
    const bad = survivalCurveState.parse("trial=<script>&cut=1999&reports=latest");
    expect(bad.state).toEqual(DEFAULT_STATE);
    expect(bad.ignored.map((i) => i.key)).toEqual(["trial", "cut"]);
  });

  test("step 1 fades the curves; step 2 fades the point labels", () => {
    expect(steps()).toHaveLength(2);
    const one = render(data, DEFAULT_STATE, { width: 640, document: serverDocument(), step: 1 }).outerHTML;
    expect(one).toMatch(/stroke-opacity="0.2"[^>]*class="series-len"/);
    const two = render(data, DEFAULT_STATE, { width: 640, document: serverDocument(), step: 2 }).outerHTML;
    expect(two).toContain('fill-opacity="0.35"');
  });

  const snapshots: [string, SurvivalCurveState, number][] = [
    ["default", DEFAULT_STATE, 640],
    ["default on a phone", DEFAULT_STATE, 358],
    ["CALGB TTP 2012", { trial: "calgb-100104", endpoint: "progression", cut: "2012" }, 640],
    ["CALGB OS 2012 (gap)", { trial: "calgb-100104", endpoint: "survival", cut: "2012" }, 640],
    ["IFM OS 2012 (bounds)", { trial: "ifm-2005-02", endpoint: "survival", cut: "2012" }, 640],
    ["MM-015 PFS", { trial: "mm-015", endpoint: "progression", cut: "2012" }, 640],
    ["meta-analysis OS", { trial: "meta-2017", endpoint: "survival", cut: "latest" }, 640],
    ["CALGB label PFS (years)", { trial: "calgb-100104", endpoint: "progression", cut: "label" }, 640],
    ["missing report", { trial: "meta-2017", endpoint: "progression", cut: "2012" }, 640],
  ];
  for (const [name, s, width] of snapshots) {
    test(`renders the same SVG: ${name} at ${width} px`, () => {
      expect(renderForSnapshot((document) => render(data, s, { width, document }))).toMatchSnapshot();
    });
  }

  test("no text in any view is smaller than 12 px", () => {
    for (const s of allStates) {
      for (const projector of [false, true]) {
        const html = renderForSnapshot((document) => render(data, s, { width: 360, document, projector }));
        const sizes = [...html.matchAll(/font-size="?(\d+)/g)].map((m) => Number(m[1]));
        expect(sizes.length).toBeGreaterThan(0);
        for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
