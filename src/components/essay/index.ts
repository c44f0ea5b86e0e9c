/** The MDX vocabulary of the essays, passed to each chapter's <Content components={…} />. */
import Aside from "./Aside.astro";
import Cite from "./Cite.astro";
import Count from "./Count.astro";
import Difference from "./Difference.astro";
import Footnote from "./Footnote.astro";
import FootnoteItem from "./FootnoteItem.astro";
import FootnoteList from "./FootnoteList.astro";
import Gap from "./Gap.astro";
import Num from "./Num.astro";
import Reduction from "./Reduction.astro";
import Term from "./Term.astro";
import FigureById from "../figures/FigureById.astro";

export const essayComponents = { Aside, Cite, Count, Difference, Footnote, FootnoteItem, FootnoteList, Gap, Num, Reduction, Term, FigureById };
