import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default [
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/", "screenshots/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // TypeScript checks names; no-undef does not know DOM types in .astro frontmatter.
    files: ["**/*.astro", "**/*.ts"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "e2e/**/*.mjs", "*.config.*"],
    languageOptions: { globals: { process: "readonly", console: "readonly", fetch: "readonly", setTimeout: "readonly", URL: "readonly", window: "readonly", document: "readonly", performance: "readonly" } },
  },
];
