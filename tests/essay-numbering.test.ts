/**
 * The essay remark plugin: citations numbered in document (reading) order at build time,
 * secondary rows citing the original first, footnotes numbered where they are called and
 * moved to the end, terms marked on first use, reading time from the words, and every
 * unknown id failing with a message that names it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import { VFile } from "vfile";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { describe, expect, it } from "vitest";
import { READING_WPM, remarkEssay, transformEssay } from "../src/lib/essay/remark-essay";
import { essayRegistry, type EssayRegistry } from "../src/lib/essay/registry";
import { parseCites, serializeCites } from "../src/lib/essay/cites";
import { publication } from "../src/evidence/index";

const parse = (mdx: string): Root => unified().use(remarkParse).use(remarkMdx).parse(mdx);

/** Publications p-a … p-e; figure "fig-a" is read in p-a; "fig-sec" is p-d reporting p-c. */
const fake: EssayRegistry = {
  figureSources(id) {
    const table: Record<string, string[]> = { "fig-a": ["p-a"], "fig-b": ["p-b"], "fig-sec": ["p-c", "p-d"] };
    const found = table[id];
    if (!found) throw new Error(`Unknown evidence figure id "${id}"`);
    return found;
  },
  hasPublication: (id) => ["p-a", "p-b", "p-c", "p-d", "p-e"].includes(id),
  hasTerm: (id) => ["pfs", "os"].includes(id),
  hasGap: (id) => id === "gap-x",
};

type El = MdxJsxFlowElement | MdxJsxTextElement;
function elements(tree: Root, name: string): El[] {
  const out: El[] = [];
  const walk = (n: Root | RootContent) => {
    if ((n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && n.name === name) out.push(n);
    if ("children" in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return out;
}
const attr = (el: El, name: string) => el.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);

describe("citation numbering", () => {
  it("numbers publications in order of first use, reusing a number on later use", () => {
    const tree = parse(`First<Cite key="p-b" />. A number <Num id="fig-a" />.\n\nAgain<Cite key="p-b" /> and <Count id="fig-a" />.`);
    const matter = transformEssay(tree, fake);
    expect(matter.references).toEqual(["p-b", "p-a"]);
    expect(elements(tree, "Cite").map((e) => attr(e, "cites")?.value)).toEqual(["p-b=1", "p-b=1"]);
    expect(attr(elements(tree, "Num")[0] as El, "cites")?.value).toBe("p-a=2");
    expect(attr(elements(tree, "Count")[0] as El, "cites")?.value).toBe("p-a=2");
  });

  it("a secondary row cites the original first, then the report it was read in", () => {
    const tree = parse(`<Num id="fig-sec" /> then <Cite key="p-d" /> then <Cite key="p-e" />`);
    const matter = transformEssay(tree, fake);
    expect(matter.references).toEqual(["p-c", "p-d", "p-e"]);
    expect(attr(elements(tree, "Num")[0] as El, "cites")?.value).toBe("p-c=1;p-d=2");
  });

  it("follows document order, not nesting: a citation inside an aside or a footnote counts where it stands", () => {
    const tree = parse(`Intro<Footnote>See<Cite key="p-e" />.</Footnote>.\n\n<Aside title="x">\n\nInside <Num id="fig-b" />.\n\n</Aside>\n\nAfter<Cite key="p-a" />.`);
    expect(transformEssay(tree, fake).references).toEqual(["p-e", "p-b", "p-a"]);
  });

  it("Cite takes several keys; Difference and Reduction cite every row they use", () => {
    const tree = parse(`<Cite key="p-a p-b" /> <Difference a="fig-b" b="fig-b" /> <Reduction id="fig-sec" a="fig-a" b="fig-a" />`);
    const matter = transformEssay(tree, fake);
    expect(matter.references).toEqual(["p-a", "p-b", "p-c", "p-d"]);
    expect(attr(elements(tree, "Reduction")[0] as El, "cites")?.value).toBe("p-c=3;p-d=4;p-a=1");
  });

  it("the attribute round-trips through the format the components read", () => {
    const refs = [{ id: "p-c", n: 3 }, { id: "p-a", n: 1 }];
    expect(parseCites(serializeCites(refs), "test")).toEqual(refs);
    expect(() => parseCites(undefined, "<Num id=\"x\">")).toThrow(/no citation number/);
  });
});

describe("unknown ids fail the build, naming them", () => {
  const file = new VFile({ path: "/work/main/content/essays/example.mdx" });
  it("an unknown publication key", () => {
    expect(() => transformEssay(parse(`Text.\n\nMore<Cite key="p-zz" />.`), fake, file)).toThrow(/content\/essays\/example\.mdx:3:\d+ <Cite key="p-zz">: unknown publication key "p-zz"/);
  });
  it("an unknown figure id", () => {
    expect(() => transformEssay(parse(`<Num id="fig-zz" />`), fake, file)).toThrow(/<Num id="fig-zz">: Unknown evidence figure id "fig-zz"/);
  });
  it("an unknown term id", () => {
    expect(() => transformEssay(parse(`<Term id="hr" />`), fake, file)).toThrow(/unknown glossary term "hr"/);
  });
  it("an unknown gap id", () => {
    expect(() => transformEssay(parse(`<Gap id="gap-y">missing</Gap>`), fake, file)).toThrow(/unknown gap id "gap-y"/);
  });
  it("a missing or computed attribute", () => {
    expect(() => transformEssay(parse(`<Num />`), fake, file)).toThrow(/missing attribute "id"/);
    expect(() => transformEssay(parse(`<Num id={"fig-a"} />`), fake, file)).toThrow(/must be a plain string/);
  });
  it("with the real evidence, a typo in a figure id or publication key", () => {
    const real = essayRegistry();
    expect(() => transformEssay(parse(`<Num id="calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejn" />`), real)).toThrow(/calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejn/);
    expect(() => transformEssay(parse(`<Cite key="rajkumar-2021-nrco" />`), real)).toThrow(/unknown publication key "rajkumar-2021-nrco"/);
  });
});

describe("terms, footnotes, figures and reading time", () => {
  it("marks only the first use of each term", () => {
    const tree = parse(`<Term id="pfs" /> and <Term id="os" />, then <Term id="pfs">PFS</Term> again.`);
    const matter = transformEssay(tree, fake);
    expect(matter.terms).toEqual(["pfs", "os"]);
    expect(elements(tree, "Term").map((e) => attr(e, "first") !== undefined)).toEqual([true, true, false]);
  });

  it("numbers footnotes and moves their text to a list at the end", () => {
    const tree = parse(`One<Footnote>first note</Footnote>, two<Footnote>second note</Footnote>.\n\nEnd.`);
    const matter = transformEssay(tree, fake);
    expect(matter.footnotes).toBe(2);
    expect(elements(tree, "Footnote").map((e) => [attr(e, "n")?.value, e.children.length])).toEqual([["1", 0], ["2", 0]]);
    const last = tree.children[tree.children.length - 1];
    expect(last?.type === "mdxJsxFlowElement" && last.name).toBe("FootnoteList");
    expect(elements(tree, "FootnoteItem").map((e) => attr(e, "n")?.value)).toEqual(["1", "2"]);
    expect(JSON.stringify(elements(tree, "FootnoteItem")[1])).toContain("second note");
  });

  it("records the figures in order", () => {
    expect(transformEssay(parse(`<FigureById id="trial-designs" />\n\n<FigureById id="survival-curves" />`), fake).figures).toEqual(["trial-designs", "survival-curves"]);
  });

  it("reads the time from the words, at least one minute", () => {
    const words = Array.from({ length: READING_WPM * 3 }, () => "word").join(" ");
    expect(transformEssay(parse(words), fake)).toMatchObject({ words: READING_WPM * 3, readingMinutes: 3 });
    expect(transformEssay(parse("Short."), fake).readingMinutes).toBe(1);
  });

  it("as a unified plugin, hands its findings to Astro as remarkPluginFrontmatter.essay", () => {
    const file = new VFile({ path: "x.mdx" });
    remarkEssay({ registry: fake })(parse(`<Cite key="p-a" />`), file);
    expect((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.["essay"]).toMatchObject({ references: ["p-a"] });
  });
});

describe("the real chapters", () => {
  const dir = fileURLToPath(new URL("../content/essays/", import.meta.url));
  const real = essayRegistry();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
    it(`${name}: numbers its references 1…n, every one a publication, and every citation attribute resolves`, () => {
      const tree = parse(readFileSync(`${dir}${name}`, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
      const matter = transformEssay(tree, real);
      expect(matter.references.length).toBeGreaterThan(0);
      for (const id of matter.references) expect(() => publication(id)).not.toThrow();
      const numbers = new Map(matter.references.map((id, i) => [id, i + 1]));
      for (const name of ["Num", "Count", "Difference", "Reduction", "Cite"]) {
        for (const el of elements(tree, name)) {
          for (const ref of parseCites(attr(el, "cites")?.value, name)) expect(numbers.get(ref.id)).toBe(ref.n);
        }
      }
      expect(matter.readingMinutes).toBeGreaterThanOrEqual(1);
    });
  }
});
