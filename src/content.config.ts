/**
 * Content collections. `essays`: the chapters in content/essays/*.mdx, one file per chapter;
 * the file name is the slug and the route (/essays/<slug>/). Frontmatter is checked here, so
 * a missing field or a duplicate chapter number fails the build naming the file.
 * Numbers never go in frontmatter: they come from the evidence through the essay components.
 */
import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";
import { typedNumber } from "./lib/essay/prose";

/** Frontmatter is printed as it stands, outside the evidence components: no typed numbers (trial names and years are fine). */
const noDigits = (field: string) => [(s: string) => typedNumber(s) === null, { message: `${field} must not contain a typed number: numbers come from the evidence through <Num> in the text` }] as const;

export const essaySchema = z.object({
  /** The chapter's title, in sentence case: "Progression is not survival". Printed as the page's h1. */
  title: z.string().min(3).max(80).refine(...noDigits("title")),
  /** Chapter number, 1 to 5: the reading order, the "Chapter n" label and previous/next links. Unique. */
  chapter: z.number().int().min(1).max(5),
  /** One sentence for search results and link previews (the page's meta description). No digits. */
  description: z.string().min(20).max(200).refine(...noDigits("description")),
  /** Two or three plain sentences: what the chapter shows. The essays index and the chapter's lede print it. No digits. */
  summary: z.string().min(40).max(400).refine(...noDigits("summary")),
  /** Short label for previous/next links and the essays index when the title is long. Defaults to the title. */
  short: z.string().min(3).max(40).optional(),
});

export type EssayFrontmatter = z.infer<typeof essaySchema>;

const essays = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/essays" }),
  schema: essaySchema,
});

export const collections = { essays };
