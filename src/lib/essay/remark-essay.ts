/**
 * The essay remark plugin. It walks an MDX chapter's syntax tree once, in document order
 * (which is reading order), and at build time:
 *
 * - numbers citations in order of first use: every <Num>, <Count>, <Difference>,
 *   <Reduction> and <Cite> gets a `cites` attribute ("pub-id=3;other=4") naming the
 *   reference numbers it links to; a secondary evidence row cites the original first;
 * - marks the first use of each <Term> (`first`), which then carries the explanation;
 * - records the figures placed with <FigureById>;
 * - numbers <Footnote>s and moves their text into a <FootnoteList> at the end;
 * - counts the words and works out a reading time;
 * - fails the build on an unknown figure id, publication key, term id or gap id, naming
 *   the file, line and id.
 *
 * What it found goes to `remarkPluginFrontmatter.essay` (see EssayMatter), which the page
 * uses for the reference list, the glossary, the table of contents and the reading time.
 */
import type { Paragraph, Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import { CITES_ATTRIBUTE, serializeCites, type CiteRef } from "./cites";
import type { EssayRegistry } from "./registry";

/** What the plugin hands the page, as `remarkPluginFrontmatter.essay`. */
export interface EssayMatter {
  /** Publication ids in reference-number order (the first is reference 1). */
  references: string[];
  /** Glossary term ids in order of first use. */
  terms: string[];
  /** Figure ids placed with <FigureById>, in order. */
  figures: string[];
  /** How many footnotes the chapter has. */
  footnotes: number;
  /** Words of running text (each printed number counts as a few words). */
  words: number;
  /** Whole minutes at READING_WPM, at least 1. */
  readingMinutes: number;
}

/** Words a minute for the reading time: a careful pace for text full of numbers. */
export const READING_WPM = 200;
/** Words a printed number stands for ("41 months (95% CI …)"). */
const WORDS_PER_NUMBER = 3;

const NUMBER_ELEMENTS = new Set(["Num", "Count", "Difference", "Reduction"]);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

function isJsx(node: AnyNode): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function where(file: VFile | undefined, node: AnyNode): string {
  const path = file?.path ? file.path.replace(/^.*?(content\/)/, "$1") : "MDX";
  const pos = node.position?.start;
  return pos ? `${path}:${pos.line}:${pos.column}` : path;
}

function describe(el: JsxElement): string {
  const attrs = el.attributes
    .filter((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && typeof a.value === "string")
    .map((a) => ` ${a.name}="${String(a.value)}"`)
    .join("");
  return `<${el.name ?? ""}${attrs}>`;
}

/** A plain string attribute, or null when absent; an expression value fails (ids must be literal). */
function attr(el: JsxElement, name: string, file: VFile | undefined): string | null {
  const a = el.attributes.find((x): x is MdxJsxAttribute => x.type === "mdxJsxAttribute" && x.name === name);
  if (!a) return null;
  if (typeof a.value !== "string") throw new Error(`${where(file, el)} ${describe(el)}: attribute "${name}" must be a plain string, e.g. ${name}="…"`);
  return a.value;
}

function required(el: JsxElement, name: string, file: VFile | undefined): string {
  const v = attr(el, name, file);
  if (v === null || v.trim() === "") throw new Error(`${where(file, el)} ${describe(el)}: missing attribute "${name}"`);
  return v.trim();
}

function setAttr(el: JsxElement, name: string, value: string | null): void {
  el.attributes = el.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === name));
  el.attributes.push({ type: "mdxJsxAttribute", name, value });
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export interface RemarkEssayOptions {
  registry: EssayRegistry;
}

/** The transform itself, exported for tests: mutates the tree and returns what it found. */
export function transformEssay(tree: Root, registry: EssayRegistry, file?: VFile): EssayMatter {
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const figures: string[] = [];
  const footnotes: { el: JsxElement; n: number }[] = [];
  let words = 0;

  const cite = (ids: string[]): CiteRef[] => {
    const refs: CiteRef[] = [];
    for (const id of ids) {
      let n = numbers.get(id);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(id, n);
      }
      if (!refs.some((r) => r.id === id)) refs.push({ id, n });
    }
    return refs;
  };

  const sourcesOf = (el: JsxElement, id: string): string[] => {
    try {
      return registry.figureSources(id);
    } catch (e) {
      throw new Error(`${where(file, el)} ${describe(el)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const handle = (el: JsxElement): void => {
    const name = el.name ?? "";
    if (NUMBER_ELEMENTS.has(name)) {
      const ids = name === "Difference" ? [required(el, "a", file), required(el, "b", file)]
        : name === "Reduction" ? [required(el, "id", file), required(el, "a", file), required(el, "b", file)]
        : [required(el, "id", file)];
      const pct = name === "Count" ? attr(el, "pct", file) : null;
      if (pct !== null) ids.push(pct);
      setAttr(el, CITES_ATTRIBUTE, serializeCites(cite(ids.flatMap((id) => sourcesOf(el, id)))));
      words += WORDS_PER_NUMBER;
    } else if (name === "Cite") {
      const keys = required(el, "key", file).split(/[\s,]+/).filter(Boolean);
      for (const key of keys) {
        if (!registry.hasPublication(key)) throw new Error(`${where(file, el)} ${describe(el)}: unknown publication key "${key}"`);
      }
      setAttr(el, CITES_ATTRIBUTE, serializeCites(cite(keys)));
    } else if (name === "Term") {
      const id = required(el, "id", file);
      if (!registry.hasTerm(id)) throw new Error(`${where(file, el)} ${describe(el)}: unknown glossary term "${id}"`);
      if (!terms.includes(id)) {
        terms.push(id);
        setAttr(el, "first", null);
      }
      if (el.children.length === 0) words += 2;
    } else if (name === "Gap") {
      const id = required(el, "id", file);
      if (!registry.hasGap(id)) throw new Error(`${where(file, el)} ${describe(el)}: unknown gap id "${id}"`);
    } else if (name === "FigureById") {
      figures.push(required(el, "id", file));
    } else if (name === "Footnote") {
      const n = footnotes.length + 1;
      footnotes.push({ el, n });
      setAttr(el, "n", String(n));
    }
  };

  const walk = (node: AnyNode): void => {
    if (node.type === "code" || node.type === "html" || (node.type as string) === "mdxjsEsm" || node.type === "yaml") return;
    if (node.type === "text") words += countWords(node.value);
    if (isJsx(node)) handle(node);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);

  // Footnote text moves to the end, after it was numbered where the reader meets it.
  if (footnotes.length > 0) {
    const items: MdxJsxFlowElement[] = footnotes.map(({ el, n }) => {
      // An inline footnote's text becomes a paragraph; a block footnote keeps its blocks.
      const children: MdxJsxFlowElement["children"] = el.type === "mdxJsxTextElement" ? [{ type: "paragraph", children: el.children } satisfies Paragraph] : el.children;
      el.children = [];
      return { type: "mdxJsxFlowElement", name: "FootnoteItem", attributes: [{ type: "mdxJsxAttribute", name: "n", value: String(n) }], children };
    });
    tree.children.push({ type: "mdxJsxFlowElement", name: "FootnoteList", attributes: [], children: items });
  }

  return {
    references: [...numbers.keys()],
    terms,
    figures,
    footnotes: footnotes.length,
    words,
    readingMinutes: Math.max(1, Math.round(words / READING_WPM)),
  };
}

/** The unified plugin: `mdx({ remarkPlugins: [[remarkEssay, { registry }]] })`. */
export function remarkEssay(options: RemarkEssayOptions) {
  if (!options?.registry) throw new Error("remarkEssay needs { registry }");
  return (tree: Root, file: VFile): void => {
    const matter = transformEssay(tree, options.registry, file);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter["essay"] = matter;
  };
}
