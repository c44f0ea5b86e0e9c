// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: "https://weighing-maintenance.example",
  trailingSlash: "always",
  integrations: [mdx()],
  devToolbar: { enabled: false },
  build: { inlineStylesheets: "auto", format: "directory" },
  prefetch: false,
  vite: { build: { assetsInlineLimit: 0 } },
});
