// A second origin for the embed tests: serves e2e/hosts/ (host pages) and reveal.js from
// node_modules on its own port, so the embeds are framed cross-origin as on a real course page.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const roots = { "/reveal/": join(here, "..", "node_modules", "reveal.js", "dist"), "/": join(here, "hosts") };
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css" };
const port = Number(process.env.HOST_PORT ?? 4322);

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  const prefix = Object.keys(roots).find((p) => path.startsWith(p)) ?? "/";
  const file = normalize(join(roots[prefix], path.slice(prefix.length) || "index.html"));
  if (!file.startsWith(roots[prefix])) { res.writeHead(403).end(); return; }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, "127.0.0.1");
