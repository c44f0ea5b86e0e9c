/**
 * The actions under a figure, as plain functions any figure element can call: copy a text
 * (with a status line that says when the browser blocked it), download a text file, make one
 * standalone SVG of a figure's charts (title on top, computed colours and fonts inlined, the
 * source line below) and draw it into a 2× PNG. Shared by FigureElement and the explorer, so
 * every figure offers the same actions.
 */

export async function copyText(text: string, status: Element | null, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = done;
  } catch {
    if (status) status.textContent = "Copying was blocked by the browser: select the text and copy it by hand.";
  }
}

export function download(name: string, type: string, text: string | Blob): void {
  const url = URL.createObjectURL(typeof text === "string" ? new Blob([text], { type }) : text);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The charts as one standalone SVG file, stacked, with the page's colours and fonts inlined. */
export function standaloneSvg(svgs: SVGSVGElement[], text: { title: string; sources: string }): string {
  const width = Math.max(320, ...svgs.map((s) => s.getBoundingClientRect().width));
  const root = getComputedStyle(document.documentElement);
  const bg = root.getPropertyValue("--bg").trim() || "#ffffff";
  const fg = root.getPropertyValue("--fg").trim() || "#000000";
  let y = 28;
  const parts = [`<text x="8" y="${y}" font-size="18" font-weight="700" fill="${fg}">${esc(text.title)}</text>`];
  y += 14;
  for (const svg of svgs) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const src = [svg, ...Array.from(svg.querySelectorAll("*"))];
    const dst = [clone, ...Array.from(clone.querySelectorAll("*"))];
    src.forEach((el, i) => {
      const cs = getComputedStyle(el);
      dst[i]?.setAttribute("style", `${dst[i]?.getAttribute("style") ?? ""};fill:${cs.fill};stroke:${cs.stroke};color:${cs.color};font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};opacity:${cs.opacity}`);
    });
    const box = svg.getBoundingClientRect();
    clone.setAttribute("x", "0");
    clone.setAttribute("y", String(y));
    clone.setAttribute("width", String(box.width));
    clone.setAttribute("height", String(box.height));
    parts.push(new XMLSerializer().serializeToString(clone));
    y += box.height + 8;
  }
  y += 16;
  parts.push(`<text x="8" y="${y}" font-size="12" fill="${fg}">${esc(text.sources.slice(0, 300))}</text>`);
  y += 12;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(y)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(y)}" font-family="Source Sans 3, system-ui, sans-serif"><rect width="100%" height="100%" fill="${bg}"/>${parts.join("")}</svg>`;
}

/** A 2× PNG of a standalone SVG, drawn through a canvas. */
export async function downloadPng(name: string, svg: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) download(name, "image/png", blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** CSV of a data table (RFC 4180 quoting); the same as figure-element's. */
export function tableCsv(t: { columns: string[]; rows: string[][] }): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.columns, ...t.rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}
