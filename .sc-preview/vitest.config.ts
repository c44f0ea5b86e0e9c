import { defineConfig } from "vitest/config";
export default defineConfig({ root: "/work/main", test: { include: [".sc-preview/**/*.prev.ts"], environment: "node" } });
