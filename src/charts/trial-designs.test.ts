import { describe, expect, test } from "vitest";
import { trialDesignData } from "../data/trial-designs";
import { trialDesignState } from "../state/trial-designs";
import { DEFAULT_STATE, describeState, render, steps, summary, table, title, type TrialDesignState } from "./trial-designs";
import { renderForSnapshot } from "./snapshot";

const data = trialDesignData();
const states: TrialDesignState[] = (["all", "calgb-100104", "ifm-2005-02", "mm-015"] as const).map((t) => ({ "designs-trial": t }));
/** Every view a reader or a lecturer can reach: each state, and each teaching step of the default. */
const views = [...states.map((s) => ({ s, step: 0 })), ...[1, 2, 3].map((step) => ({ s: DEFAULT_STATE, step }))];
const byId = (id: string) => {
  const t = data.trials.find((x) => x.studyId === id);
  if (!t) throw new Error(id);
  return t;
};
const phase = (id: string, stage: string) => byId(id).phases.find((p) => p.stage === stage);

/** Every run of digits in the chart's visible text (names such as "CALGB 100104" included). */
function numbersDrawn(html: string): string[] {
  const texts = [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "");
  return texts.flatMap((t) => t.match(/\d+(\.\d+)?/g) ?? []);
}

describe("trial-designs data", () => {
  test("the trials appear in the order of the argument, with their arms and numbers per arm", () => {
    expect(data.trials.map((t) => t.trial)).toEqual(["CALGB 100104", "IFM 2005-02", "MM-015"]);
    expect(data.trials.map((t) => t.arms.map((a) => `${a.label} ${a.n}`))).toEqual([
      ["lenalidomide 231", "placebo 229"],
      ["lenalidomide 307", "placebo 307"],
      ["MPR-R 152", "MPR 153", "MP 154"],
    ]);
  });

  test("who was randomised: age limits read from the eligibility rows, transplant or not", () => {
    expect(phase("calgb-100104", "who")?.lines[0]).toBe("Younger than 71, after a single autologous transplant");
    expect(phase("ifm-2005-02", "who")?.lines[0]).toBe("Younger than 65, after a first autologous transplant");
    expect(phase("mm-015", "who")?.lines[0]).toBe("65 or older, not eligible for transplant");
    expect(phase("mm-015", "transplant")?.status).toBe("absent");
  });

  test("IFM's consolidation gave lenalidomide to both arms, with its schedule from the dose row's note", () => {
    const c = phase("ifm-2005-02", "consolidation");
    expect(c?.lenalidomide).toBe("all");
    expect(c?.lines).toEqual(["Lenalidomide 25 mg a day, 21 days a month, for 2 months: the placebo arm had lenalidomide too"]);
    expect(phase("calgb-100104", "consolidation")?.status).toBe("absent");
  });

  test("IFM's randomisation is drawn where the trial abstract puts it, and the disputed place as disputed", () => {
    expect(byId("ifm-2005-02").randomised).toEqual([
      { before: "consolidation", disputed: false, text: "Randomised after transplant (trial abstract)" },
      { before: "maintenance", disputed: true, text: "or after consolidation, per a review" },
    ]);
    expect(byId("mm-015").randomised[0]?.before).toBe("induction");
  });

  test("maintenance: doses, crossover at unblinding and the early stop come from figure rows", () => {
    expect(phase("calgb-100104", "maintenance")?.lines).toEqual([
      "Lenalidomide 10 mg a day, 15 mg a day after dose escalation, or placebo",
      "Double-blind, placebo-controlled",
      "Unblinded in 2009, at a median follow-up of 18 months: 86 of 128 placebo patients still free of progression crossed over to lenalidomide",
    ]);
    expect(phase("ifm-2005-02", "maintenance")?.ends).toBe("stopped");
    expect(phase("ifm-2005-02", "maintenance")?.lines[2]).toBe("Lenalidomide stopped for everyone in January 2011 because of more second primary malignancies; median 2 years on lenalidomide");
    expect(phase("mm-015", "maintenance")?.lines[0]).toBe("MPR-R: lenalidomide 10 mg a day, days 1–21 of each cycle; MPR and MP: placebo");
  });

  test("follow-up at the 2012 report, per trial", () => {
    expect(data.trials.map((t) => t.followupText)).toEqual([
      "2012 report: median follow-up 34 months",
      "2012 report: median follow-up 45 months",
      "2012 report: median follow-up 30 months",
    ]);
  });

  test("each trial knows its own 2012 report, the first source in its source line", () => {
    expect(data.trials.map((t) => t.report?.display)).toEqual(["McCarthy et al., N Engl J Med 2012", "Attal et al., N Engl J Med 2012", "Palumbo et al., N Engl J Med 2012"]);
    expect(data.trials.map((t) => t.sources[0]?.display)).toEqual(data.trials.map((t) => t.report?.display));
  });

  test("a per-arm count from label-derived material says who reported it", () => {
    expect(byId("ifm-2005-02").notes.map((n) => n.text)).toContain("Per-arm split as reported by REVLIMID advertisement, ASH Clinical News, label-derived.");
    expect(data.sources.map((s) => s.display)).toContain("US label analysis, as reported by REVLIMID advertisement, ASH Clinical News");
  });
});

describe("trial-designs chart", () => {
  test("titles state the finding, for all trials and for each trial highlighted", () => {
    expect(title(DEFAULT_STATE)).toBe("The trials differed in who took part, what came before maintenance, and how long maintenance lasted");
    expect(title({ "designs-trial": "ifm-2005-02" })).toBe("IFM 2005-02: both arms had lenalidomide consolidation, and maintenance was stopped early because of second cancers");
    expect(describeState({ "designs-trial": "mm-015" })).toBe("MM-015 highlighted");
  });

  test("the summary contains every number drawn, in every view and at phone and desktop widths", () => {
    for (const { s, step } of views) {
      const text = summary(data, s);
      for (const width of [358, 720]) {
        const html = renderForSnapshot((document) => render(data, s, { width, document, step }));
        for (const n of numbersDrawn(html)) expect(text, `${s["designs-trial"]} step ${step} @${width}: ${n}`).toContain(n);
      }
    }
  });

  test("the teaching steps are the differences that matter, in words without numbers", () => {
    expect(steps().map((x) => x.label)).toEqual(["Who took part", "What came before", "How long it lasted"]);
    // Trial names carry digits; nothing else may.
    for (const x of steps()) expect(x.note.replace(/CALGB 100104|IFM 2005-02|MM-015/g, "")).not.toMatch(/\d/);
  });

  test("a step draws its sentence, built from the same numbers", () => {
    expect(data.focusNotes.who).toBe("Who: CALGB 100104 took patients younger than 71, after a single autologous transplant; IFM 2005-02, younger than 65, after a first autologous transplant; MM-015, 65 or older, not eligible for transplant.");
    const stepped = renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document, step: 1 }));
    const whole = renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document }));
    expect(stepped).toContain("Who: CALGB 100104 took patients younger than 71");
    expect(whole).not.toContain("Who: CALGB 100104 took patients");
  });

  test("the table has one row per trial and names the sources", () => {
    const t = table(data, DEFAULT_STATE);
    expect(t.rows.map((r) => r[0])).toEqual(["CALGB 100104", "IFM 2005-02", "MM-015"]);
    expect(t.rows[0]?.[8]).toBe("McCarthy et al., N Engl J Med 2012; Holstein et al., Lancet Haematol 2017");
  });

  test("the chart says the phases are schematic and labels missing phases in words", () => {
    const html = renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 720, document }));
    expect(html).toContain("phase lengths are schematic, not to scale");
    expect(html).toContain("No transplant");
    expect(html).toContain("No consolidation");
  });

  for (const { s, step } of views) {
    test(`renders the same SVG for ${s["designs-trial"]}, step ${step}, at 720 px`, () => {
      expect(renderForSnapshot((document) => render(data, s, { width: 720, document, step }))).toMatchSnapshot();
    });
  }

  test("renders the same SVG stacked at 358 px", () => {
    expect(renderForSnapshot((document) => render(data, DEFAULT_STATE, { width: 358, document }))).toMatchSnapshot();
  });

  test("no text in the chart is smaller than 12 px, projector included", () => {
    for (const projector of [false, true]) {
      const html = renderForSnapshot((document) => render(data, { "designs-trial": "ifm-2005-02" }, { width: 720, document, projector, step: 2 }));
      const sizes = [...html.matchAll(/font-size="?(\d+)/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    }
  });
});

describe("trial-designs state", () => {
  test("the default view writes nothing to the URL; a step writes its own key only", () => {
    expect(trialDesignState.serialize(DEFAULT_STATE)).toBe("");
    expect(trialDesignState.merge("reports=latest", { "designs-trial": "mm-015" })).toBe("reports=latest&designs-trial=mm-015");
  });

  test("a bad value falls back to the default and is reported", () => {
    const parsed = trialDesignState.parse("designs-trial=%3Cscript%3E");
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.ignored.map((i) => i.key)).toEqual(["designs-trial"]);
  });
});
