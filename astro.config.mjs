// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { remarkEssay } from "./src/lib/essay/remark-essay.ts";
import { essayRegistry } from "./src/lib/essay/registry.ts";

export default defineConfig({
  site: "https://weighing-maintenance.example",
  trailingSlash: "always",
  // The essay plugin numbers citations, terms and footnotes at build time (src/lib/essay/).
  integrations: [mdx({ remarkPlugins: [[remarkEssay, { registry: essayRegistry() }]] })],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: "auto", format: "directory" },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
});
