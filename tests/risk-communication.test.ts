/**
 * The risk-communication rules, enforced on every chapter in content/essays/, and the
 * checker itself tested on small bad and good snippets so that a rule that stops working
 * fails here rather than passing everything.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { figure } from "../src/evidence/index";
import { checkMdx, type Lookup, type Rule } from "./support/risk-rules";

const ESSAYS = fileURLToPath(new URL("../content/essays/", import.meta.url));
const chapters = readdirSync(ESSAYS).filter((f) => f.endsWith(".mdx")).sort();

/** The real evidence, as the checker needs it. */
const evidenceLookup: Lookup = (id) => {
  const f = figure(id);
  return { measure: f.measure, endpoint: f.endpoint, hasN: f.n !== null, hasAt: f.at_months !== null };
};

describe("every chapter keeps the risk-communication rules", () => {
  it("finds the five chapters", () => {
    expect(chapters).toHaveLength(5);
  });
  for (const file of chapters) {
    it(`${file}: no relative number alone, no frequency without a frame, no personal prediction, no typed number, no unsaid source`, () => {
      const findings = checkMdx(readFileSync(`${ESSAYS}${file}`, "utf8"), evidenceLookup, file);
      expect(findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}\n    ${f.text}`)).toEqual([]);
    });
  }
});

/** A fake evidence base for the snippets: ids say what they are. */
const fake: Lookup = (id) => {
  const table: Record<string, { measure: string; endpoint?: string; hasN?: boolean; hasAt?: boolean }> = {
    hr: { measure: "HR" },
    rr: { measure: "risk_ratio" },
    median: { measure: "median" },
    median2: { measure: "median" },
    "percent-no-n": { measure: "percent" },
    "percent-with-n": { measure: "percent", hasN: true },
    "rate-at": { measure: "rate_at", hasAt: true },
    "count-with-n": { measure: "count", hasN: true },
    "count-no-n": { measure: "count" },
    "cum-no-time": { measure: "cumulative_incidence" },
    incidence: { measure: "incidence_per_100py" },
    population: { measure: "n" },
    followup: { measure: "median", endpoint: "follow-up" },
  };
  const row = table[id];
  if (!row) throw new Error(`Unknown evidence figure id "${id}"`);
  return { measure: row.measure, endpoint: row.endpoint ?? "PFS", hasN: row.hasN ?? false, hasAt: row.hasAt ?? false };
};
const rules = (mdx: string): Rule[] => checkMdx(mdx, fake).map((f) => f.rule);

describe("the checker catches what it should", () => {
  describe("relative numbers need absolute ones in the paragraph", () => {
    it("flags a hazard ratio alone", () => {
      expect(rules(`The hazard ratio was <Num id="hr" ci />.`)).toEqual(["relative-without-absolute"]);
    });
    it("flags a risk ratio alone", () => {
      expect(rules(`Second cancers: risk ratio <Num id="rr" />.`)).toEqual(["relative-without-absolute"]);
    });
    it("flags relative words with no number component", () => {
      expect(rules("Maintenance halved the hazard of progression.")).toEqual(["relative-without-absolute"]);
      expect(rules("It reduced the risk by a large margin.")).toEqual(["relative-without-absolute"]);
    });
    it("flags a Reduction whose absolute rows are not absolute", () => {
      expect(rules(`It means a <Reduction id="hr" a="hr" b="rr" />.`)).toEqual(["relative-without-absolute"]);
    });
    it("does not accept absolute numbers from another paragraph", () => {
      expect(rules(`The median was <Num id="median" /> against <Num id="median2" />.\n\nThe hazard ratio was <Num id="hr" />.`)).toEqual(["relative-without-absolute"]);
    });
    it("accepts a hazard ratio with medians beside it", () => {
      expect(rules(`The median was <Num id="median" /> against <Num id="median2" />, a hazard ratio of <Num id="hr" ci />.`)).toEqual([]);
    });
    it("accepts a hazard ratio with a count in the same paragraph", () => {
      expect(rules(`Hazard ratio <Num id="hr" />.\nBy then <Count id="count-with-n" /> had progressed.`)).toEqual([]);
    });
    it("accepts a Reduction that prints its absolute rows", () => {
      expect(rules(`It means a <Reduction id="hr" a="median" b="median2" />.`)).toEqual([]);
    });
  });

  describe("frequencies need a denominator or a time frame", () => {
    it("flags a bare percentage", () => {
      expect(rules(`Second cancers were seen in <Num id="percent-no-n" />.`)).toEqual(["frequency-without-frame"]);
    });
    it("flags a count with no denominator", () => {
      expect(rules(`There were <Num id="count-no-n" /> with leukaemia.`)).toEqual(["frequency-without-frame"]);
    });
    it("flags a cumulative incidence with no time point", () => {
      expect(rules(`The cumulative incidence was <Num id="cum-no-time" />.`)).toEqual(["frequency-without-frame"]);
    });
    it("flags a landmark rate whose time point is hidden", () => {
      expect(rules(`Alive: <Num id="rate-at" at={false} />.`)).toEqual(["frequency-without-frame"]);
    });
    it("does not take a frame from the next sentence", () => {
      expect(rules(`It was <Num id="percent-no-n" />. That was at follow-up.`)).toEqual(["frequency-without-frame"]);
    });
    it("accepts what the component prints itself", () => {
      expect(rules(`It was <Num id="percent-with-n" n />, <Num id="rate-at" />, <Num id="incidence" /> and <Count id="count-with-n" />.`)).toEqual([]);
    });
    it("accepts a denominator or time frame in the sentence", () => {
      expect(rules(`It was <Num id="percent-no-n" /> of the patients on lenalidomide.`)).toEqual([]);
      expect(rules(`At a median follow-up of <Num id="followup" />, it was <Num id="percent-no-n" />.`)).toEqual([]);
      expect(rules(`Of <Num id="population" />, <Num id="percent-no-n" /> had VAD.`)).toEqual([]);
    });
  });

  describe("no trial average becomes a prediction for one person", () => {
    for (const bad of [
      "With maintenance you will live longer.",
      "Your risk of a second cancer is higher.",
      "You'll live longer on lenalidomide.",
      "Lenalidomide will add years to your life.",
      "A patient in complete response will gain less.",
    ]) {
      it(`flags "${bad}"`, () => {
        expect(rules(bad)).toEqual(["individual-prediction"]);
      });
    }
    it("accepts a statement about groups", () => {
      expect(rules("On average, the group given lenalidomide went longer without progression.")).toEqual([]);
    });
  });

  describe("no number typed into the prose", () => {
    it("flags digits and number words with a unit", () => {
      expect(rules("The median was 46 months.")).toEqual(["typed-number"]);
      expect(rules("Stop after two years.")).toEqual(["typed-number"]);
      expect(rules("Deaths fell from 23% to 15%.")).toEqual(["typed-number"]);
      expect(rules("Deaths were 30% lower.")).toEqual(["relative-without-absolute", "typed-number"]);
    });
    it("accepts years, trial names and the 95% of a confidence interval", () => {
      expect(rules("In 2012 CALGB 100104, IFM 2005-02 and MM-015 reported; chapter 2 gives each 95% confidence interval.")).toEqual([]);
    });
  });

  describe("a number whose source is said in the text", () => {
    it("flags source=\"text\" when the sentence does not name the source", () => {
      expect(rules(`The median was <Num id="median" source="text" />.`)).toEqual(["source-unsaid"]);
    });
    it("accepts it when the sentence says as reported by whom", () => {
      expect(rules(`As reported by The ASCO Post, the median was <Num id="median" source="text" />.`)).toEqual([]);
    });
  });

  it("reads components inside asides and footnotes, and names the line", () => {
    const findings = checkMdx(`Intro.\n\n<Aside title="x">\n\nThe hazard ratio was <Num id="hr" />.\n\n</Aside>\n\nText.<Footnote>Your risk rises.</Footnote>`, fake, "a.mdx");
    expect(findings.map((f) => [f.rule, f.line])).toEqual([["relative-without-absolute", 5], ["individual-prediction", 9]]);
  });

  it("ignores frontmatter but keeps line numbers", () => {
    const findings = checkMdx(`---\ntitle: x\n---\n\nThe median was 46 months.`, fake, "a.mdx");
    expect(findings.map((f) => f.line)).toEqual([5]);
  });

  it("fails on an unknown figure id", () => {
    expect(() => checkMdx(`<Num id="nope" />`, fake)).toThrow(/nope/);
  });
});
