/**
 * The embed snippet a reader copies: an <iframe> with a title, the figure's state in its src,
 * width 100%, a height, loading="lazy", no border, and a plain link as fallback. Pure and
 * browser-safe; every attribute value is escaped, so no URL parameter can become markup.
 */
export interface EmbedOptions {
  /** Site origin, e.g. "https://example.org". */
  origin: string;
  /** Figure id, e.g. "pfs-os-hazard-ratios". */
  id: string;
  /** The figure's state as a query string without "?", e.g. "reports=latest". */
  query: string;
  title: string;
  height: number;
  /** Path of the full view, for the fallback link. */
  fullView: string;
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function embedUrl(o: Pick<EmbedOptions, "origin" | "id" | "query">): string {
  return `${o.origin}/embed/${encodeURIComponent(o.id)}/${o.query ? `?${o.query}` : ""}`;
}

export function embedSnippet(o: EmbedOptions): string {
  const src = embedUrl(o);
  const full = `${o.origin}${o.fullView}${o.query ? `?${o.query}` : ""}`;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(o.title)}" width="100%" height="${Math.round(o.height)}" loading="lazy" style="border:0;max-width:100%" allow="clipboard-write; fullscreen"></iframe>`,
    `<p><a href="${escapeAttr(full)}">${escapeHtml(o.title)}</a> (Weighing Maintenance)</p>`,
  ].join("\n");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The message an embed posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: "embed-height";
  figure: string;
  height: number;
}

export function heightMessage(figure: string, height: number): EmbedHeightMessage {
  return { type: "embed-height", figure, height: Math.ceil(height) };
}
