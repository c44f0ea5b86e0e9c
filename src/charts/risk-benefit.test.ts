import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { riskBenefitData } from "../data/risk-benefit";
import { renderStatic, serverDocument } from "../lib/server-dom";
import { RESPONSES, SETTINGS } from "../model/types";
import type { ExplorerState } from "../state/explorer";
import { chartModule, defaultState, describeView, render, summary, table, title, viewOf } from "./risk-benefit";
import { renderCurves } from "./risk-benefit-curves";
import { markedPeople, renderIcons } from "./risk-benefit-icons";
import { durationWords, horizonWords, sentenceOf } from "./risk-benefit-text";
import { renderForSnapshot } from "./snapshot";

const data = riskBenefitData();
const base = defaultState(data);
const at = (patch: Partial<ExplorerState>) => viewOf(data, { ...base, ...patch });
const doc = serverDocument();

function iconGroups(patch: Partial<ExplorerState>, width = 640) {
  const svg = renderIcons(at(patch), { width, document: doc });
  // Each group is one path: a person is two subpaths (head, body), a mark is one.
  const subpaths = (g: string) => (svg.querySelector(`path[data-group="${g}"]`)?.getAttribute("d") ?? "").split("M").length - 1;
  const declared = (g: string) => Number(svg.querySelector(`path[data-group="${g}"]`)?.getAttribute("data-count"));
  for (const g of ["anyway", "because", "progressed"]) expect(subpaths(g)).toBe(2 * declared(g));
  expect(subpaths("second-cancer")).toBe(declared("second-cancer"));
  return { anyway: declared("anyway"), because: declared("because"), progressed: declared("progressed"), cancer: declared("second-cancer") };
}

describe("risk-benefit: the default view in numbers", () => {
  const view = at({});

  test("the default is partial response, 24 months, 5 years, the pooled trials", () => {
    expect(base).toMatchObject({ response: "pr", duration: 24, horizon: 5, setting: "pooled", base: null, hr: null });
  });

  test("the title states the finding with its denominator and horizon", () => {
    expect(title(view)).toBe("24 months of maintenance: 8 more of 100 people are free of progression at 5 years; about 1 more has a second cancer");
  });

  test("the sentence speaks of 100 people like this, over 5 years, and never of 'you'", () => {
    const s = sentenceOf(view);
    expect(s).toBe(
      "In this illustrative model, of 100 people with a partial response (PR) to initial therapy, in the post-transplant trials pooled in the 2017 meta-analysis, after 5 years about 17 would be free of progression without maintenance and about 25 with 24 months of maintenance: 8 more because of it. Over the same 5 years, about 1 more would have had a second cancer because of it.",
    );
    expect(s).not.toMatch(/\byou(r)?\b/i);
  });

  test("the table carries the model's numbers, each with its range across the evidence", () => {
    expect(table(view).rows).toEqual([
      ["Free of progression at 5 years, without maintenance", "17.0 of 100", "13.8–31.8"],
      ["Free of progression at 5 years, with 24 months of maintenance", "24.6 of 100", "19.7–41.7"],
      ["Progression-free months gained over 5 years, all 100 together", "801 months (8.0 each)", "573–960 months"],
      ["Mean months on lenalidomide, each", "20.3 months", "—"],
      ["Extra second cancers by 5 years", "0.92 of 100", "0.05–2.4"],
      ["Progression-free months gained per extra second cancer", "873 months", "246–19,046 months"],
      ["Icon array: free of progression anyway", "17 people", "—"],
      ["Icon array: free of progression because of maintenance", "8 people", "—"],
      ["Icon array: progressed", "75 people", "—"],
      ["Icon array: marked with an extra second cancer", "1 person", "—"],
    ]);
  });

  test("the summary holds every number drawn: icons, curve ends, ranges, parameters", () => {
    const s = summary(view);
    for (const part of ["17 free of progression anyway", "8 free of progression because of maintenance", "75 progressed", "1 marked with an extra second cancer",
      "falls to 17.0", "to 24.6", "stops at 24 months", "13.8–31.8", "19.7–41.7", "0.05–2.4", "801 months", "20.3 months",
      "23.5 months", "hazard ratio on maintenance 0.48", "0.54 per 100 patient-years", "Overall survival is not modelled"]) {
      expect(s).toContain(part);
    }
  });

  test("the icon array draws exactly the model's counts: 17, 8 and 75 people, 1 marked", () => {
    expect(iconGroups({})).toEqual({ anyway: 17, because: 8, progressed: 75, cancer: 1 });
  });

  test("the exported module describes the view and renders it", () => {
    expect(describeView(view)).toBe("Illustrative model · Partial response (PR) · maintenance 24 months (2 years) · 5 years · Pooled trials (2017 meta-analysis)");
    expect(chartModule.title(view)).toBe(title(view));
    const el = chartModule.render(data, view, { width: 600, document: doc });
    expect(el.querySelectorAll("svg")).toHaveLength(2);
  });
});

describe("risk-benefit: other views", () => {
  test("no maintenance: nothing gained, no extra cancers, one curve", () => {
    const view = at({ duration: 0 });
    expect(sentenceOf(view)).toContain("about 17 would be free of progression after 5 years without maintenance. With no maintenance there is nothing gained and no extra second cancer.");
    expect(title(view)).toBe("With no maintenance there is no gain to weigh, and no extra second cancers");
    expect(iconGroups({ duration: 0 })).toEqual({ anyway: 17, because: 0, progressed: 83, cancer: 0 });
    const curves = renderCurves(view, { width: 500, document: doc });
    expect(curves.querySelectorAll("path.series-len")).toHaveLength(0);
    expect(curves.textContent).toContain("no maintenance");
  });

  test("until progression: the curves carry no stop and the title says so", () => {
    const view = at({ duration: "progression", response: "cr", horizon: 10, setting: "calgb-100104" });
    expect(title(view)).toMatch(/^Maintenance until progression: \d+ more of 100 people are free of progression at 10 years; about \d+ more have a second cancer$/);
    const curves = renderCurves(view, { width: 500, document: doc });
    expect(curves.textContent).toContain("maintenance until progression");
    expect(curves.textContent).not.toContain("stops at");
  });

  test("MM-015's maintenance contrast has no excess, and the sentence says why there are no extra cancers", () => {
    const view = at({ setting: "mm-015" });
    expect(view.outputs.extraCancers).toBe(0);
    expect(sentenceOf(view)).toContain("the model counts no extra second cancers, because the second-cancer excess it uses here is 0");
    expect(iconGroups({ setting: "mm-015" }).cancer).toBe(0);
  });

  test("fewer than one extra cancer is said as such, with its decimal", () => {
    const view = at({ duration: 6 });
    expect(view.icons.secondCancer).toBe(0);
    expect(sentenceOf(view)).toMatch(/fewer than 1 more \(0\.\d\d\) would have had a second cancer/);
  });

  test("a reader's override is named in the summary", () => {
    const view = at({ hr: 0.7 });
    expect(view.used.overridden).toEqual(["hr"]);
    expect(summary(view)).toContain("Set by the reader: hr.");
  });

  test("icon groups always sum to 100 and match the model's counts, in every state", () => {
    fc.assert(fc.property(
      fc.constantFrom(...RESPONSES), fc.constantFrom(...SETTINGS),
      fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant("progression" as const)), fc.integer({ min: 1, max: 10 }),
      (response, setting, duration, horizon) => {
        const patch = { response, setting, duration, horizon };
        const g = iconGroups(patch, 320);
        const v = at(patch);
        expect(g.anyway + g.because + g.progressed).toBe(100);
        expect(g).toEqual({ anyway: v.icons.anyway, because: v.icons.because, progressed: v.icons.progressed, cancer: v.icons.secondCancer });
      },
    ), { numRuns: 120 });
  });
});

describe("risk-benefit: words for the controls", () => {
  test("durations in words, as the slider's aria-valuetext", () => {
    expect(durationWords(24)).toBe("24 months (2 years)");
    expect(durationWords(18)).toBe("18 months (1.5 years)");
    expect(durationWords(12)).toBe("12 months (1 year)");
    expect(durationWords(7)).toBe("7 months");
    expect(durationWords(1)).toBe("1 month");
    expect(durationWords(0)).toBe("0 months (no maintenance)");
    expect(durationWords("progression")).toBe("until progression");
  });

  test("horizons in words", () => {
    expect(horizonWords(1)).toBe("1 year");
    expect(horizonWords(5)).toBe("5 years");
  });

  test("second-cancer marks are spread across the array", () => {
    expect(markedPeople(1)).toEqual([50]);
    expect(markedPeople(3)).toEqual([16, 50, 83]);
    expect(markedPeople(0)).toEqual([]);
  });
});

describe("risk-benefit: drawing", () => {
  test("no text anywhere in the outputs is smaller than 12 px", () => {
    for (const width of [320, 640]) {
      const html = renderStatic((document) => render(data, { ...base, duration: "progression" }, { width, document }));
      const sizes = [...html.matchAll(/font-size="?(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    }
  });

  test("every chart is an image with a label that carries its numbers", () => {
    const view = at({});
    const icons = renderIcons(view, { width: 400, document: doc });
    expect(icons.getAttribute("role")).toBe("img");
    expect(icons.getAttribute("aria-label")).toBe("Icon array of 100 people after 5 years: 17 free of progression anyway, 8 free of progression because of maintenance, 75 progressed; 1 marked with an extra second cancer.");
    const curves = renderCurves(view, { width: 400, document: doc });
    expect(curves.getAttribute("aria-label")).toContain("falls to 17.0 and the curve with it to 24.6");
  });

  test("the groups differ in shape and pattern, not colour alone", () => {
    const svg = renderIcons(at({}), { width: 640, document: doc });
    expect(svg.querySelector('path[data-group="progressed"]')?.getAttribute("fill")).toBe("none");
    expect(svg.querySelector('path[data-group="anyway"]')?.getAttribute("fill")).toBe("currentColor");
    const stripes = svg.querySelector('path[data-group="because"] + path');
    expect(stripes?.getAttribute("stroke")).toBe("var(--bg, #fff)");
    expect((stripes?.getAttribute("d") ?? "").split("M").length - 1).toBe(2 * 8);
  });

  test("renders the same outputs for the default view at 640 px", () => {
    expect(renderForSnapshot((document) => render(data, base, { width: 640, document }))).toMatchSnapshot();
  });

  test("renders the same outputs for CR, until progression, 10 years, CALGB 100104 at 360 px", () => {
    expect(renderForSnapshot((document) => render(data, { ...base, response: "cr", duration: "progression", horizon: 10, setting: "calgb-100104" }, { width: 360, document }))).toMatchSnapshot();
  });
});
