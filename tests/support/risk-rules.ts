/**
 * The risk-communication rules, checked on an essay's MDX source. The chapters are parsed
 * with remark-mdx; each paragraph (or heading, or footnote) is read as a row of text and
 * components, split into sentences, and checked:
 *
 * 1. relative-without-absolute: a hazard or risk ratio (<Num> of an HR/RR row), a
 *    <Reduction>, or words such as "% lower", "halved", "reduced the risk by" need an absolute
 *    number in the same paragraph (a <Num>/<Count> of a median, rate, count, percentage or
 *    incidence, a <Difference>, or the absolute rows a <Reduction> prints).
 * 2. frequency-without-frame: every frequency (<Num> of a percent, rate, count, cumulative
 *    incidence or incidence) has a denominator or a time frame, printed by the component
 *    itself or stated in the same sentence.
 * 3. individual-prediction: no sentence turns a trial average into a forecast for one person
 *    ("you will", "your risk", "will add … to your life").
 * 4. typed-number: no digits typed into the prose, except years, trial names and "95%"
 *    before "confidence interval"; no number words with a unit ("two years").
 * 5. source-unsaid: a <Num>/<Count> with source="text" (which then prints no "as reported
 *    by …" itself) needs the sentence to say where the number was read.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { typedNumber } from "../../src/lib/essay/prose";

export type Rule = "relative-without-absolute" | "frequency-without-frame" | "individual-prediction" | "typed-number" | "source-unsaid";

export interface Finding {
  rule: Rule;
  file: string;
  line: number;
  /** The sentence or paragraph, with components shown as ⟨Name id⟩. */
  text: string;
  message: string;
}

/** What the checker needs to know about an evidence row. */
export interface RowFacts {
  measure: string;
  endpoint: string;
  hasN: boolean;
  hasAt: boolean;
}
export type Lookup = (id: string) => RowFacts;

const INLINE_COMPONENTS = new Set(["Num", "Count", "Difference", "Reduction", "Cite", "Term", "Gap"]);
/** Components whose ids are evidence figure ids. */
const EVIDENCE_COMPONENTS = new Set(["Num", "Count", "Difference", "Reduction"]);
const RELATIVE = new Set(["HR", "risk_ratio"]);
const ABSOLUTE = new Set(["median", "rate_at", "count", "percent", "cumulative_incidence", "incidence_per_100py", "incidence_rate"]);
const FREQUENCY = new Set(["percent", "rate_at", "count", "cumulative_incidence", "incidence_per_100py", "incidence_rate"]);

const SOURCE_WORDS = /\bas reported by\b|\bper the US prescribing information\b|\bFDA reviewers\b/i;
const RELATIVE_WORDS = /%\s*(?:lower|less|fewer|higher|more|reduction|increase)\b|\bper ?cent (?:lower|less|fewer|reduction)\b|\bhalved\b|\bhalves\b|\bhalving\b|\b(?:reduced|cut|lowered) the (?:risk|hazard|odds|rate)\b|\b(?:lower|higher) (?:risk|hazard) by\b|\b(?:twice|thrice) as (?:likely|many|often)\b|\b\w+-fold\b|\btimes (?:more|less|higher|lower) (?:likely|risk)\b/i;
const DENOMINATOR_WORDS = /\b(?:of|among|out of|in) (?:the |all |those |these |every |both )?(?:patients|people|participants|them|those|each arm|each group|both arms|both groups|the (?:lenalidomide|placebo|control|observation) (?:arm|group))\b|\bper 100\b|\bin each (?:arm|group)\b/i;
const TIME_WORDS = /\bfollow-up\b|\b(?:years?|months?)\b|\bat (?:the |that |this |each )?(?:time|report|unblinding|cutoff|data cut|landmark|analysis)\b|\bby the (?:time|report|end)\b|\bbefore progression\b|\bpatient-years\b/i;
const PREDICTION_WORDS = /\byou(?:'ll|’ll| will| would| can expect| are likely| should expect)\b|\byour (?:risk|chance|chances|odds|life|life expectancy|survival|prognosis|outcome|future)\b|\b(?:he|she|(?:a|the|this|each|every|any) (?:patient|person|man|woman))\b[^.;:]{0,40}?\bwill (?:live|survive|gain|get|have|be cured|progress|relapse|die|develop|benefit)\b|\bwill add\b.{0,60}\bto (?:your|his|her|their|a person's|a patient's|one's) life\b|\b(?:can|will) expect to live\b/i;

/** A component in a paragraph: its name and string attributes. */
interface Component { name: string; attrs: Record<string, string | true> }
type Token = { kind: "text"; value: string } | { kind: "component"; c: Component };
interface Block { tokens: Token[]; line: number }

function attributes(el: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const a of el.attributes) {
    if (a.type !== "mdxJsxAttribute") continue;
    const attr = a as MdxJsxAttribute;
    out[attr.name] = typeof attr.value === "string" ? attr.value : attr.value === null || attr.value === undefined ? true : String(attr.value.value);
  }
  return out;
}

/** Splits a document into blocks (paragraphs, headings, table cells, footnote texts) of tokens. */
function blocks(tree: Root): Block[] {
  const out: Block[] = [];
  const inline = (node: RootContent, tokens: Token[]): void => {
    switch (node.type) {
      case "text": tokens.push({ kind: "text", value: node.value }); return;
      case "inlineCode": tokens.push({ kind: "text", value: node.value }); return;
      case "break": tokens.push({ kind: "text", value: " " }); return;
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        if (name === "Footnote") {
          const inner: Token[] = [];
          for (const child of node.children) inline(child, inner);
          out.push({ tokens: inner, line: node.position?.start.line ?? 0 });
          return;
        }
        tokens.push({ kind: "component", c: { name, attrs: attributes(node) } });
        if (name === "Term" || name === "Gap") for (const child of node.children) inline(child, tokens);
        return;
      }
      default:
        if ("children" in node) for (const child of node.children) inline(child, tokens);
    }
  };
  const flow = (node: Root | RootContent): void => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const tokens: Token[] = [];
      for (const child of node.children) inline(child, tokens);
      out.push({ tokens, line: node.position?.start.line ?? 0 });
      return;
    }
    if (node.type === "code" || node.type === "html" || (node.type as string) === "mdxjsEsm") return;
    if (node.type === "mdxJsxFlowElement" && INLINE_COMPONENTS.has(node.name ?? "")) {
      // A number component alone on its line is a paragraph of its own.
      out.push({ tokens: [{ kind: "component", c: { name: node.name ?? "", attrs: attributes(node) } }], line: node.position?.start.line ?? 0 });
      return;
    }
    if ("children" in node) for (const child of node.children) flow(child);
  };
  flow(tree);
  return out;
}

/** Sentences of a block: text tokens split at sentence ends; components stay with their sentence. */
function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "component") {
      out[out.length - 1]?.push(t);
      continue;
    }
    const parts = t.value.split(/(?<=[.!?][”")]?)\s+(?=[A-Z“"(])/);
    parts.forEach((p, i) => {
      if (i > 0) out.push([]);
      out[out.length - 1]?.push({ kind: "text", value: p });
    });
    // A sentence that ends just before a component: the component starts the next one.
    if (/[.!?][”")]?\s+$/.test(t.value)) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

const show = (tokens: Token[]): string => tokens.map((t) => (t.kind === "text" ? t.value : `⟨${t.c.name}${t.c.attrs["id"] ? ` ${String(t.c.attrs["id"])}` : ""}⟩`)).join("").replace(/\s+/g, " ").trim();
const prose = (tokens: Token[]): string => tokens.map((t) => (t.kind === "text" ? t.value : " ")).join("");
const idOf = (c: Component, key = "id"): string | null => (typeof c.attrs[key] === "string" ? (c.attrs[key] as string) : null);

/** Strips YAML frontmatter, keeping line numbers. */
function body(source: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(source);
  return m ? m[0].replace(/[^\n]/g, "") + source.slice(m[0].length) : source;
}

export function checkMdx(source: string, lookup: Lookup, file = "snippet.mdx"): Finding[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body(source));
  const findings: Finding[] = [];
  const facts = (c: Component): RowFacts | null => {
    const id = idOf(c);
    return id === null ? null : lookup(id);
  };

  for (const block of blocks(tree)) {
    const components = block.tokens.flatMap((t) => (t.kind === "component" ? [t.c] : []));
    // Every evidence id must exist (the lookup throws, naming it), checked or not by a rule.
    for (const c of components.filter((x) => EVIDENCE_COMPONENTS.has(x.name))) {
      for (const key of ["id", "a", "b", "pct"]) {
        const id = idOf(c, key);
        if (id !== null) lookup(id);
      }
    }
    const text = prose(block.tokens);

    // Rule 1, per paragraph.
    const relative = components.some((c) => c.name === "Reduction" || (c.name === "Num" && RELATIVE.has(facts(c)?.measure ?? ""))) || RELATIVE_WORDS.test(text);
    const absolute = components.some((c) =>
      c.name === "Count" || c.name === "Difference" ||
      (c.name === "Reduction" && [idOf(c, "a"), idOf(c, "b")].every((id) => id !== null && ABSOLUTE.has(lookup(id).measure))) ||
      (c.name === "Num" && ABSOLUTE.has(facts(c)?.measure ?? "")));
    if (relative && !absolute) {
      findings.push({ rule: "relative-without-absolute", file, line: block.line, text: show(block.tokens), message: "a relative number (hazard ratio, risk ratio or relative reduction) with no absolute number (median, rate, count or percentage) in the same paragraph" });
    }

    for (const sentence of sentences(block.tokens)) {
      const sText = prose(sentence);
      const sComponents = sentence.flatMap((t) => (t.kind === "component" ? [t.c] : []));

      // Rule 2, per sentence.
      const frameInSentence = DENOMINATOR_WORDS.test(sText) || TIME_WORDS.test(sText) || sComponents.some((c) => {
        if (c.name === "Count") return true;
        if (c.name !== "Num") return false;
        const f = facts(c);
        return f !== null && (f.measure === "n" || f.endpoint === "follow-up" || c.attrs["fu"] === true || (c.attrs["n"] === true && f.hasN));
      });
      for (const c of sComponents) {
        if (c.name !== "Num") continue;
        const f = facts(c);
        if (!f || !FREQUENCY.has(f.measure)) continue;
        const printed = f.measure === "incidence_per_100py" || f.measure === "incidence_rate" ||
          (f.hasAt && c.attrs["at"] !== "false") || (c.attrs["n"] === true && f.hasN) || c.attrs["fu"] === true;
        if (!printed && !frameInSentence) {
          findings.push({ rule: "frequency-without-frame", file, line: block.line, text: show(sentence), message: `the frequency ⟨Num ${String(c.attrs["id"])}⟩ has no denominator or time frame in its sentence (add n or fu, use <Count>, or say of whom and by when)` });
        }
      }

      // Rule 5, per sentence.
      for (const c of sComponents) {
        if ((c.name === "Num" || c.name === "Count") && c.attrs["source"] === "text" && !SOURCE_WORDS.test(sText)) {
          findings.push({ rule: "source-unsaid", file, line: block.line, text: show(sentence), message: `⟨${c.name} ${String(c.attrs["id"])}⟩ has source="text" but its sentence does not say "as reported by …"` });
        }
      }

      // Rule 3, per sentence.
      if (PREDICTION_WORDS.test(sText)) {
        findings.push({ rule: "individual-prediction", file, line: block.line, text: show(sentence), message: "turns a trial average into a prediction for one person" });
      }

      // Rule 4, per sentence.
      const typed = typedNumber(sText);
      if (typed !== null) {
        findings.push({ rule: "typed-number", file, line: block.line, text: show(sentence), message: `"${typed}" is a number typed into the prose: numbers come from the evidence through <Num>, <Count>, <Difference> or <Reduction>` });
      }
    }
  }
  return findings;
}
