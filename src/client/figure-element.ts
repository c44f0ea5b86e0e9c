/**
 * The base of every interactive figure: a custom element around static server HTML. It
 * reads its state from the URL, wakes when near the viewport (loading the chart code and
 * Plot only then), re-renders at the real width and on every control change, keeps the
 * title, summary and table in step, writes the state back with history.replaceState, and
 * runs the actions (copy link, downloads). Controls are native inputs carrying
 * `data-key="<url key>"`: their values are read through the figure's state definition, so
 * a control can never produce a state the URL could not. Subclasses supply the state
 * definition and a loader for their chart module.
 */
import type { ChartOptions } from "../charts/common";
import type { DataTable } from "../data/types";
import type { Spec, StateDefinition, StateOf } from "../state/params";

export interface ChartModule<D, S> {
  render(data: D, state: S, options: ChartOptions): Element;
  title(state: S): string;
  summary(data: D, state: S): string;
  table(data: D, state: S): DataTable;
}

type Control = HTMLInputElement | HTMLSelectElement;

export abstract class FigureElement<D, P extends Spec, S extends StateOf<P> = StateOf<P>> extends HTMLElement {
  protected data!: D;
  protected state!: S;
  private module: ChartModule<D, S> | null = null;
  private renderedWidth = 0;
  /** The server HTML shows the default state at the build width. */
  private renderedKey = "";

  protected abstract readonly spec: StateDefinition<P>;
  protected abstract load(): Promise<ChartModule<D, S>>;

  private controls(): Control[] {
    return Array.from(this.querySelectorAll<Control>(".figure-controls [data-key]"));
  }

  /** Puts the state into the controls. */
  protected showState(state: S): void {
    for (const c of this.controls()) {
      const key = c.dataset.key as keyof P & string;
      const kind = this.spec.spec[key];
      if (!kind) continue;
      const text = kind.format(state[key]);
      if (c instanceof HTMLInputElement && (c.type === "radio" || c.type === "checkbox")) c.checked = c.value === text;
      else c.value = text;
    }
  }

  /** Reads the controls into a state, through the same parser the URL uses. */
  protected readControls(): S {
    const params = new URLSearchParams();
    for (const c of this.controls()) {
      const key = c.dataset.key;
      if (!key) continue;
      if (c instanceof HTMLInputElement && (c.type === "radio" || c.type === "checkbox") && !c.checked) continue;
      params.set(key, c.value);
    }
    return { ...this.state, ...this.spec.parse(params).state } as S;
  }

  get figureId(): string {
    return this.dataset.figure ?? "figure";
  }

  connectedCallback(): void {
    const json = this.querySelector("script.figure-data-json")?.textContent;
    if (!json) return;
    this.data = JSON.parse(json) as D;
    const { state, ignored, adjusted } = this.spec.parse(location.search);
    this.state = state as S;
    this.showState(this.state);
    const notes = [
      ...ignored.map((i) => `ignored ${i.key}="${i.value}" (${i.reason}); showing the default`),
      ...adjusted.map((a) => `${a.key}="${a.value}" ${a.reason}; showing ${a.used}`),
    ];
    if (notes.length > 0) this.setStatus(`From the link: ${notes.join(". ")}.`);
    for (const el of Array.from(this.querySelectorAll<HTMLElement>(".figure-controls [hidden], .figure-actions"))) el.hidden = false;
    this.querySelector(".figure-controls")?.addEventListener("change", () => this.update(this.readControls()));
    this.querySelector(".figure-actions")?.addEventListener("click", (e) => this.onAction(e));
    document.addEventListener("wm-themechange", () => this.refresh(true));
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.refresh(false);
        new ResizeObserver(() => void this.refresh(false)).observe(this.chartSlot());
      }
    }, { rootMargin: "200px" });
    observer.observe(this);
    if (this.spec.serialize(this.state) !== "") void this.refresh(true);
  }

  protected chartSlot(): HTMLElement {
    const slot = this.querySelector<HTMLElement>(".figure-chart");
    if (!slot) throw new Error("figure without .figure-chart");
    return slot;
  }

  /** The state changed: write it to the URL and redraw. */
  protected update(state: S): void {
    this.state = state;
    const query = this.spec.merge(location.search, state);
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
    this.setStatus(null);
    void this.refresh(true);
  }

  private async refresh(force: boolean): Promise<void> {
    const width = Math.round(this.chartSlot().clientWidth);
    const key = JSON.stringify(this.state);
    if (!force && Math.abs(width - this.renderedWidth) < 8 && key === this.renderedKey) return;
    this.module ??= await this.load();
    const projector = document.documentElement.getAttribute("data-theme") === "projector";
    const chart = this.module.render(this.data, this.state, { width: Math.max(280, width), projector });
    this.chartSlot().replaceChildren(chart);
    this.renderedWidth = width;
    this.renderedKey = key;
    this.syncText();
  }

  private syncText(): void {
    if (!this.module) return;
    const title = this.querySelector(".figure-title");
    if (title) title.textContent = this.module.title(this.state);
    const summary = this.querySelector(".summary-text");
    if (summary) summary.textContent = this.module.summary(this.data, this.state);
    const slot = this.querySelector(".table-slot");
    if (slot) slot.replaceChildren(tableElement(this.module.table(this.data, this.state)));
  }

  protected setStatus(message: string | null): void {
    const status = this.querySelector<HTMLElement>(".figure-status");
    if (!status) return;
    status.hidden = message === null;
    status.textContent = message ?? "";
  }

  private async onAction(e: Event): Promise<void> {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "copy-link") {
      const url = `${location.origin}${location.pathname}${location.search}#${this.id || this.figureId}`;
      await navigator.clipboard?.writeText(url).catch(() => undefined);
      flash(button, "Link copied");
    } else if (action === "download-svg") {
      download(`${this.figureId}.svg`, "image/svg+xml", standaloneSvg(this.chartSlot()));
    } else if (action === "download-csv") {
      this.module ??= await this.load();
      download(`${this.figureId}.csv`, "text/csv", tableCsv(this.module.table(this.data, this.state)));
    }
  }
}

function tableElement(t: DataTable): HTMLElement {
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", t.caption);
  const table = document.createElement("table");
  const caption = table.createCaption();
  caption.className = "visually-hidden";
  caption.textContent = t.caption;
  const headRow = table.createTHead().insertRow();
  for (const c of t.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c;
    headRow.appendChild(th);
  }
  const body = table.createTBody();
  for (const r of t.rows) {
    const tr = body.insertRow();
    r.forEach((cell, i) => {
      const el = document.createElement(i === 0 ? "th" : "td");
      if (i === 0) (el as HTMLTableCellElement).scope = "row";
      el.textContent = cell;
      tr.appendChild(el);
    });
  }
  wrap.appendChild(table);
  return wrap;
}

/** CSV of a data table (RFC 4180 quoting). */
export function tableCsv(t: DataTable): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.columns, ...t.rows].map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

/** The chart's SVG(s) with computed colours inlined, so the file looks the same elsewhere. */
function standaloneSvg(slot: HTMLElement): string {
  const svgs = Array.from(slot.querySelectorAll("svg"));
  const parts = svgs.map((svg) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const src = svg.querySelectorAll("*");
    const dst = clone.querySelectorAll("*");
    src.forEach((el, i) => {
      const cs = getComputedStyle(el);
      const target = dst[i];
      if (!target) return;
      for (const prop of ["fill", "stroke", "color", "font-family", "font-size", "font-weight"] as const) {
        target.setAttribute("style", `${target.getAttribute("style") ?? ""};${prop}:${cs.getPropertyValue(prop)}`);
      }
    });
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    return clone.outerHTML;
  });
  if (parts.length === 1) return `<?xml version="1.0" encoding="UTF-8"?>\n${parts[0]}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function flash(button: HTMLButtonElement, text: string): void {
  const original = button.textContent;
  button.textContent = text;
  setTimeout(() => { button.textContent = original; }, 1500);
}
