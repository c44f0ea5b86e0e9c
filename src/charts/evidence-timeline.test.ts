import { describe, expect, test } from "vitest";
import { timelineData, versus } from "../data/evidence-timeline";
import { timelineState } from "../state/evidence-timeline";
import { DEFAULT_STATE, describeState, entryText, eventsFor, render, steps, summary, table, title, type TimelineState } from "./evidence-timeline";
import { renderForSnapshot } from "./snapshot";

const data = timelineData();
const states: TimelineState[] = (["all", "progression", "survival", "spm"] as const).map((a) => ({ "timeline-aspect": a }));
const event = (id: string) => {
  const e = data.events.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e;
};
const entry = (id: string, aspect: string) => event(id).entries.find((x) => x.aspect === aspect);

function numbersDrawn(html: string): string[] {
  const texts = [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
  return texts.flatMap((t) => t.match(/\d+(\.\d+)?/g) ?? []);
}

describe("evidence-timeline data", () => {
  test("the reports run from the 2012 trials to Myeloma XI, in year order", () => {
    expect(data.events.map((e) => `${e.year} ${e.id}`)).toEqual([
      "2012 calgb-2012", "2012 ifm-2012", "2012 mm015-2012", "2012 rajkumar-2012",
      "2013 ifm-2013", "2013 mm015-2013",
      "2014 spm-meta-2014",
      "2016 mxi-2016",
      "2017 calgb-2017", "2017 meta-2017", "2017 fda-2017", "2017 mxi-2017",
      "2019 mxi-2019",
      "2022 mxi-2022",
    ]);
    expect(data.years).toEqual([2012, 2022]);
  });

  test("the survival lane moves from mixed to a pooled benefit", () => {
    const survival = data.events.flatMap((e) => e.entries.filter((x) => x.aspect === "survival").map((x) => `${e.id}:${x.signal}`));
    expect(survival).toEqual([
      "calgb-2012:difference", "ifm-2012:none", "mm015-2012:gap", "rajkumar-2012:other",
      "ifm-2013:none", "mm015-2013:none", "calgb-2017:gap", "meta-2017:difference", "fda-2017:other",
      "mxi-2019:gap", "mxi-2022:other",
    ]);
  });

  test("every hazard ratio stands beside absolute numbers", () => {
    for (const e of data.events) {
      for (const x of e.entries) {
        const text = entryText(x);
        if (/\bHR \d/.test(text)) expect(text, `${e.id} ${x.aspect}`).toMatch(/\d+(\.\d+)?%?( \([^)]*\))? vs \d|of \d+/);
      }
    }
  });

  test("the 2017 meta-analysis: survival hazard ratio with its absolute numbers, marked as reported by a news item", () => {
    expect(entryText(entry("meta-2017", "survival") ?? { aspect: "survival", signal: "gap", headline: "", facts: [] })).toBe(
      "Survival: longer survival with lenalidomide, pooled. Alive at 84 months: 62% vs 50% [as reported by Myeloma UK Academy news, 2017]; median OS not reached vs 86 months [as reported by The ASCO Post, 2017]; HR 0.75 (95% CI 0.63–0.90), P=0.001 [as reported by Springer Medizin news 2017 (b)].",
    );
  });

  test("frequencies carry their denominators and time frames", () => {
    expect(entry("calgb-2012", "spm")?.facts[0]?.text).toBe("second primary cancers by the report: 18 of 231 (8%) vs 6 of 229 (3%)");
    expect(entry("mm015-2012", "spm")?.facts[0]?.text).toBe("second cancers at 36 months: 7% of 152 (MPR-R) vs 7% of 153 (MPR) vs 3% of 154 (MP)");
    expect(entry("spm-meta-2014", "spm")?.facts[0]?.text).toBe("cumulative incidence at 60 months: 6.9% (95% CI 5.3–8.5) of 2620 given lenalidomide vs 4.8% (95% CI 2–7.6) of 598 not given it; HR 1.55 (95% CI 1.03–2.34), P=0.037");
    expect(entry("fda-2017", "spm")?.facts[0]?.text).toContain("group sizes and time point not stated");
  });

  test("a missing number is a gap with its evidence id, never a number", () => {
    expect(entry("calgb-2012", "progression")?.facts[1]).toEqual({ text: "hazard ratio not reported", via: null, figureIds: [], gapId: "calgb-ttp-hr-2012" });
    expect(entry("mxi-2019", "progression")?.signal).toBe("gap");
    expect(entry("mxi-2019", "progression")?.facts[0]?.gapId).toBe("myeloma-xi-primary");
  });

  test("each report links to its own publication; a news report's original is named first", () => {
    expect(event("meta-2017").source).toBe("McCarthy et al., J Clin Oncol 2017");
    expect(event("meta-2017").href).toBe("https://doi.org/10.1200/JCO.2017.72.6679");
    expect(event("mxi-2017").source).toBe("as reported by Congress Update Hematology 2017");
    for (const e of data.events) expect(e.href).toMatch(/^https?:\/\//);
  });

  test("versus keeps the source's unit and prints not reached in words", () => {
    expect(versus(["meta-2017-os-median-pooled-lenalidomide-mccarthy-2017-jco-meta", "meta-2017-os-median-pooled-control-ascopost-2017-meta"])).toBe("not reached vs 86 months");
    expect(versus(["calgb-100104-pfs-median-lenalidomide-acn-revlimid-ad", "calgb-100104-pfs-median-placebo-acn-revlimid-ad"])).toBe("5.7 vs 1.9 years");
  });
});

describe("evidence-timeline chart", () => {
  test("titles state the finding for each filter", () => {
    expect(title(DEFAULT_STATE)).toBe("Later evidence kept the delay in progression and the excess of second cancers; a survival benefit appeared when the post-transplant trials were pooled");
    expect(title({ "timeline-aspect": "survival" })).toMatch(/pooled analysis of the post-transplant trials reported a benefit/);
  });

  test("a filter keeps only the reports that speak to it", () => {
    expect(eventsFor(data, { "timeline-aspect": "spm" }).map((e) => e.id)).toEqual(["calgb-2012", "ifm-2012", "mm015-2012", "rajkumar-2012", "spm-meta-2014", "mxi-2016", "meta-2017", "fda-2017"]);
    expect(table(data, { "timeline-aspect": "spm" }).rows).toHaveLength(8);
    expect(table(data, DEFAULT_STATE).columns).toEqual(["Year", "Report", "Progression", "Survival", "Second cancers", "Sources"]);
  });

  test("the summary contains every number drawn, for every filter, step and width", () => {
    for (const s of states) {
      const text = summary(data, s);
      for (const width of [358, 720]) {
        for (const step of [0, 1, 2, 3, 4]) {
          const html = renderForSnapshot((document) => render(data, s, { width, document, step }));
          for (const n of numbersDrawn(html)) expect(text, `${s["timeline-aspect"]} step ${step} @${width}: ${n}`).toContain(n);
        }
      }
    }
  });

  test("the teaching steps follow the story, in words without numbers", () => {
    expect(steps().map((x) => x.label)).toEqual(["The first reports", "Longer follow-up", "Pooled analyses and the US label", "Myeloma XI"]);
    // Trial names carry digits; nothing else may.
    for (const x of steps()) expect(x.note.replace(/CALGB 100104|IFM 2005-02|MM-015/g, "")).not.toMatch(/\d/);
    expect(describeState({ "timeline-aspect": "spm" })).toBe("Second cancers only");
    // Every report belongs to exactly one step.
    expect(new Set(data.events.map((e) => e.era))).toEqual(new Set(["first", "updates", "pooled", "mxi"]));
  });

  test("a step dims the reports outside it", () => {
    const html = renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document, step: 3 }));
    expect(html).toContain('fill-opacity="0.35"');
    expect(renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document }))).not.toContain('fill-opacity="0.35"');
  });

  test("secondary sources are named in the summary", () => {
    const text = summary(data, DEFAULT_STATE);
    expect(text).toContain("as reported by The ASCO Post, 2017");
    expect(text).toContain("US label analysis, as reported by REVLIMID advertisement, ASH Clinical News");
    expect(text).toContain("Pawlyn et al., 2022");
  });

  for (const s of states) {
    test(`renders the same SVG for ${s["timeline-aspect"]} at 720 px`, () => {
      expect(renderForSnapshot((document) => render(data, s, { width: 720, document }))).toMatchSnapshot();
    });
  }

  test("renders the same SVG on a phone at 358 px, and for a step", () => {
    expect(renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 358, document }))).toMatchSnapshot();
    expect(renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document, step: 3 }))).toMatchSnapshot();
  });

  test("no text in the chart is smaller than 12 px, projector included", () => {
    for (const projector of [false, true]) {
      const html = renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document, projector }));
      const sizes = [...html.matchAll(/font-size="?(\d+)/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    }
  });
});

describe("evidence-timeline state", () => {
  test("keys do not collide with the other figures' and round-trip through the URL", () => {
    expect(timelineState.keys).toEqual(["timeline-aspect"]);
    for (const s of states) expect(timelineState.parse(timelineState.serialize(s)).state).toEqual(s);
    expect(timelineState.merge("measure=absolute", { "timeline-aspect": "spm" })).toBe("measure=absolute&timeline-aspect=spm");
  });
});
