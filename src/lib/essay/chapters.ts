/**
 * The chapters, in reading order, and what the remark plugin found in each. Build time only
 * (it reads the `essays` collection). A duplicate or missing chapter number fails the build.
 */
import { getCollection, render, type CollectionEntry } from "astro:content";
import { z } from "zod";
import type { EssayMatter } from "./remark-essay";

export type Chapter = CollectionEntry<"essays">;

/** All chapters sorted by `chapter`; numbers must run 1, 2, … without gaps or repeats. */
export async function chapters(): Promise<Chapter[]> {
  const all = (await getCollection("essays")).sort((a, b) => a.data.chapter - b.data.chapter);
  all.forEach((c, i) => {
    if (c.data.chapter !== i + 1) {
      const clash = all.filter((d) => d.data.chapter === c.data.chapter).map((d) => d.id);
      throw new Error(`content/essays: chapter numbers must run 1…${all.length} once each; found ${c.data.chapter} at position ${i + 1} (${clash.join(", ")})`);
    }
  });
  return all;
}

const Matter = z.object({
  references: z.array(z.string()),
  terms: z.array(z.string()),
  figures: z.array(z.string()),
  footnotes: z.number().int().min(0),
  words: z.number().int().min(0),
  readingMinutes: z.number().int().min(1),
}) satisfies z.ZodType<EssayMatter>;

/** Renders a chapter and reads what the essay plugin recorded (it must have run). */
export async function renderChapter(entry: Chapter) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const parsed = Matter.safeParse((remarkPluginFrontmatter as Record<string, unknown>)["essay"]);
  if (!parsed.success) throw new Error(`content/essays/${entry.id}.mdx: the essay remark plugin did not run (is it configured in astro.config.mjs?)`);
  return { Content, headings, essay: parsed.data };
}

/** "About 6 minutes" */
export function readingTimeText(minutes: number): string {
  return `About ${minutes} ${minutes === 1 ? "minute" : "minutes"} to read`;
}
