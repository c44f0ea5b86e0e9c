// npm run bench: how much JavaScript each built page loads before interaction, and how fast
// the explorer's controls reach the screen. Prints figures, asserts nothing.
//
// (a) For every page in dist/: the module scripts in its HTML (external and inline) plus
//     their static imports, followed recursively, gzip-compressed one by one (zlib level 9,
//     as a CDN would); then what the page could load later through dynamic import(); then
//     all of dist/_astro.
// (b) In headless Debian Chromium (/usr/bin/chromium, the flags of playwright.config.ts)
//     against `astro preview` on port 4398: keyboard steps on each explorer control. For
//     each step: from the input event (its timeStamp) to the end of the explorer's
//     synchronous update, to the next requestAnimationFrame callback after that update
//     (performance marks "rb-input" → "rb-frame"), and to a task posted from that callback,
//     which runs once the frame has been rendered (an estimate of paint); and the update's
//     own cost without the wait for the frame clock (update + rendering).
//
// Builds first if dist/ is missing; otherwise measures the existing build.
/* global requestAnimationFrame, MessageChannel -- used inside page.evaluate, in the browser */
import { Buffer } from "node:buffer";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const DIST = resolve("dist");
const PORT = 4398;
// The same flags as playwright.config.ts uses for the browser tests.
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

if (!existsSync(join(DIST, "index.html"))) {
  console.log("dist/ is missing: building first…");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir, ext, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Static and dynamic import specifiers of a JS module (bundled output: plain string specifiers). */
function importsOf(code) {
  const stat = new Set();
  const dyn = new Set();
  for (const m of code.matchAll(/(?:^|[;\s})])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) stat.add(m[1]);
  for (const m of code.matchAll(/(?:^|[;\s})])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) stat.add(m[1]);
  for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) dyn.add(m[1]);
  return { stat: [...stat], dyn: [...dyn] };
}

function resolveSpec(spec, fromFile) {
  if (spec.startsWith("/")) return join(DIST, spec);
  if (spec.startsWith(".")) return resolve(dirname(fromFile), spec);
  return null; // bare or remote: not part of the build
}

/** Files a page loads before interaction (static graph) and may load later (dynamic imports). */
function pageScripts(htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  const eager = new Map(); // file -> gzip bytes
  const inline = [];
  const queue = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (!/type=["']?module/.test(attrs)) continue;
    const src = /src=["']([^"']+)["']/.exec(attrs)?.[1];
    if (src) {
      const f = resolveSpec(src, htmlFile);
      if (f) queue.push(f);
    } else {
      inline.push(m[2]);
      for (const s of importsOf(m[2]).stat) {
        const f = resolveSpec(s, join(DIST, "index.html"));
        if (f) queue.push(f);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?modulepreload[^>]*>/g)) {
    const href = /href=["']([^"']+)["']/.exec(m[0])?.[1];
    const f = href ? resolveSpec(href, htmlFile) : null;
    if (f) queue.push(f);
  }
  const later = new Set();
  while (queue.length > 0) {
    const f = queue.shift();
    if (eager.has(f) || !existsSync(f)) continue;
    const code = readFileSync(f);
    eager.set(f, gz(code));
    const { stat, dyn } = importsOf(code.toString("utf8"));
    for (const s of stat) { const r = resolveSpec(s, f); if (r) queue.push(r); }
    for (const s of dyn) { const r = resolveSpec(s, f); if (r) later.add(r); }
  }
  // What dynamic imports could add, with their own static graphs.
  const lazy = new Map();
  const lq = [...later];
  while (lq.length > 0) {
    const f = lq.shift();
    if (eager.has(f) || lazy.has(f) || !existsSync(f)) continue;
    const code = readFileSync(f);
    lazy.set(f, gz(code));
    const { stat, dyn } = importsOf(code.toString("utf8"));
    for (const s of [...stat, ...dyn]) { const r = resolveSpec(s, f); if (r) lq.push(r); }
  }
  const inlineBytes = inline.reduce((a, s) => a + gz(Buffer.from(s)), 0);
  return { eager, inlineBytes, lazy };
}

function sizes() {
  console.log("\n(a) JavaScript before interaction, per page (gzip, level 9)\n");
  const pages = walk(DIST, ".html").sort();
  const rows = pages.map((p) => {
    const { eager, inlineBytes, lazy } = pageScripts(p);
    const before = [...eager.values()].reduce((a, b) => a + b, 0) + inlineBytes;
    const after = [...lazy.values()].reduce((a, b) => a + b, 0);
    return { page: "/" + relative(DIST, dirname(p)).replace(/\\/g, "/") + (relative(DIST, dirname(p)) ? "/" : ""), before, after, files: [...eager.keys()].map((f) => relative(DIST, f)) };
  });
  const w = Math.max(...rows.map((r) => r.page.length), 4);
  console.log(`${"page".padEnd(w)}  before interaction   could load later (dynamic import)`);
  for (const r of rows) console.log(`${r.page.padEnd(w)}  ${kb(r.before).padStart(18)}   ${kb(r.after).padStart(10)}`);
  const explore = rows.find((r) => r.page === "/explore/");
  if (explore) console.log(`\n/explore/ loads before interaction: ${explore.files.join(", ") || "(no external module)"}`);
  const all = walk(join(DIST, "_astro"), ".js");
  const total = all.reduce((a, f) => a + gz(readFileSync(f)), 0);
  const raw = all.reduce((a, f) => a + statSync(f).size, 0);
  console.log(`\ndist/_astro: ${all.length} JS files, ${kb(raw)} raw, ${kb(total)} gzip (each file compressed on its own)`);
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${quantile(s, 0.5).toFixed(2)} ms · p95 ${quantile(s, 0.95).toFixed(2)} ms · max ${s[s.length - 1].toFixed(2)} ms (n=${s.length})`;
}

async function latency(base, args, heading) {
  console.log(`\n${heading}\n  (${args.join(" ")})\n`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/explore/`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => document.querySelector("wm-risk-benefit .figure-actions")?.hasAttribute("hidden") === false);
    await page.evaluate(() => {
      const w = window;
      w.__rb = [];
      let t0 = 0;
      // Capture at the window: the first listener to see the event, before the explorer's own.
      window.addEventListener("input", (e) => { t0 = e.timeStamp; performance.mark("rb-input", { startTime: t0 }); }, true);
      // Bubble at the window: the last listener, after the explorer has updated the DOM.
      window.addEventListener("input", () => {
        const dom = performance.now();
        requestAnimationFrame(() => {
          const frame = performance.now();
          performance.mark("rb-frame");
          performance.measure("rb-input-to-frame", "rb-input", "rb-frame");
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            const painted = performance.now();
            w.__rb.push({ handler: dom - t0, frame: frame - t0, painted: painted - t0, cost: dom - t0 + (painted - frame) });
          };
          ch.port2.postMessage(null);
        });
      });
    });
    const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const run = async (name, selector, keys) => {
      await page.evaluate(() => { window.__rb = []; });
      await page.locator(selector).first().focus();
      for (const k of keys) { await page.keyboard.press(k); await settle(); }
      await page.waitForTimeout(50);
      const rows = await page.evaluate(() => window.__rb);
      console.log(`${name}`);
      console.log(`  input → DOM updated:        ${stats(rows.map((r) => r.handler))}`);
      console.log(`  input → next rAF:           ${stats(rows.map((r) => r.frame))}`);
      console.log(`  input → frame rendered:     ${stats(rows.map((r) => r.painted))}`);
      console.log(`  update cost, no frame wait: ${stats(rows.map((r) => r.cost))}`);
      return rows;
    };
    const sweep = (n, max) => Array.from({ length: n }, (_, i) => (Math.floor(i / max) % 2 === 0 ? "ArrowRight" : "ArrowLeft"));
    await page.locator("#rb-duration").focus();
    await page.keyboard.press("Home");
    await settle();
    const all = [];
    all.push(...await run("Duration slider, 200 keyboard steps (0 → 61 and back)", "#rb-duration", sweep(200, 61)));
    await page.locator("#rb-horizon").focus();
    await page.keyboard.press("Home");
    await settle();
    all.push(...await run("Horizon slider, 100 keyboard steps (1 → 10 and back)", "#rb-horizon", sweep(100, 9)));
    all.push(...await run("Response radios, 60 arrow keys", 'input[name="rb-response"]:checked', Array.from({ length: 60 }, (_, i) => (i % 6 < 3 ? "ArrowRight" : "ArrowLeft"))));
    console.log("All controls");
    console.log(`  input → DOM updated:        ${stats(all.map((r) => r.handler))}`);
    console.log(`  input → next rAF:           ${stats(all.map((r) => r.frame))}`);
    console.log(`  input → frame rendered:     ${stats(all.map((r) => r.painted))}`);
    console.log(`  update cost, no frame wait: ${stats(all.map((r) => r.cost))}`);
    console.log(`\n  Keys arrive at random moments between frames, so "next rAF" includes a wait of up to one`);
    console.log(`  frame (16.7 ms at 60 Hz) for the frame clock. "Update cost" leaves that wait out: the time`);
    console.log(`  from the input event to the end of the explorer's update, plus the time from the rAF`);
    console.log(`  callback to the end of that frame's rendering.`);
  } finally {
    await browser.close();
  }
}

sizes();
const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(PORT)], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${PORT}`;
try {
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    try { up = (await fetch(`${base}/explore/`)).ok; } catch { await new Promise((r) => setTimeout(r, 200)); }
  }
  if (!up) throw new Error(`could not reach ${base}`);
  await latency(base, CHROMIUM_ARGS, "(b) Explorer controls, input → screen, headless Chromium with the browser tests' flags");
  const cpus = (await import("node:os")).cpus().length;
  const load = (await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(`\n(${cpus} CPUs, load average ${load} at the end; other processes on the machine add to every figure.)`);
} finally {
  try { process.kill(-server.pid); } catch { /* already gone */ }
}
