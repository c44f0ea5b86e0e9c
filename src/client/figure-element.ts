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
import type { ChartModule } from "../charts/common";
import type { DataTable } from "../data/types";
import type { Spec, StateDefinition, StateOf } from "../state/params";
import { embedSnippet } from "../lib/embed";
import { copyText, download, downloadPng, standaloneSvg, tableCsv } from "./figure-actions";

export type { ChartModule };

type Control = HTMLInputElement | HTMLSelectElement;

export abstract class FigureElement<D, P extends Spec, S extends StateOf<P> = StateOf<P>> extends HTMLElement {
  protected data!: D;
  protected state!: S;
  private module: ChartModule<D, S> | null = null;
  private renderedWidth = 0;
  /** Annotation step: 0 = whole figure. */
  protected step = 0;
  private stepCount = 0;
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
    this.setUpSteps();
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

  /**
   * Whether the chart on screen suits this width. The server SVG scales with its viewBox, so
   * it stays legible from a bit narrower to much wider than it was drawn: within that band
   * the figure does not load Plot at all until the reader changes something.
   */
  private closeEnough(width: number): boolean {
    if (this.renderedWidth === 0) {
      const slot = this.chartSlot();
      const narrow = Number(slot.dataset.narrowWidth ?? 0);
      const drawn = narrow > 0 && matchMedia("(max-width: 600px)").matches ? narrow : Number(slot.dataset.width ?? 0);
      if (drawn === 0) return false;
      return width >= drawn * 0.85 && width <= drawn * 1.45;
    }
    return Math.abs(width - this.renderedWidth) < 8;
  }

  private async refresh(force: boolean): Promise<void> {
    const width = Math.round(this.chartSlot().clientWidth);
    const key = JSON.stringify(this.state);
    if (!force && key === this.renderedKey && this.closeEnough(width)) return;
    this.module ??= await this.load();
    const projector = document.documentElement.getAttribute("data-theme") === "projector";
    const chart = this.module.render(this.data, this.state, { width: Math.max(280, width), projector, step: this.step });
    this.chartSlot().replaceChildren(chart);
    this.renderedWidth = width;
    this.renderedKey = key;
    this.syncText();
  }

  /**
   * Steps: buttons, and → ← Space PageDown PageUp (what presentation clickers send) while
   * focus is in the figure — or anywhere in the document when the figure is alone in an
   * embed or lecture (data-keys="document"). `step` is read from the URL; written back only
   * where the figure owns the URL (data-step-url).
   */
  private setUpSteps(): void {
    const bar = this.querySelector<HTMLElement>(".figure-steps");
    this.stepCount = Number(bar?.dataset.count ?? 0);
    if (!bar || this.stepCount === 0) return;
    bar.hidden = false;
    const raw = new URLSearchParams(location.search).get("step");
    const n = raw !== null && /^\d{1,3}$/.test(raw) ? Number(raw) : 0;
    this.step = Math.min(n, this.stepCount);
    this.showStep();
    if (this.step > 0) void this.refresh(true);
    bar.addEventListener("click", (e) => {
      const dir = (e.target as Element).closest<HTMLElement>("[data-step]")?.dataset.step;
      if (dir === "next") this.stepBy(1);
      if (dir === "prev") this.stepBy(-1);
    });
    // In the lecture the deck drives the steps; elsewhere the figure listens itself.
    if (document.body.dataset.lecture !== undefined) return;
    const alone = this.dataset.keys === "document" || document.body.dataset.embed !== undefined;
    const target: EventTarget = alone ? document : this;
    target.addEventListener("keydown", (event) => {
      const e = event as KeyboardEvent;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as Element | null;
      if (t && t.closest("input, select, textarea, summary, [contenteditable]")) return;
      const forward = ["ArrowRight", "PageDown", " ", "Spacebar"].includes(e.key);
      const back = ["ArrowLeft", "PageUp"].includes(e.key);
      if (!forward && !back) return;
      if (t?.closest("button") && e.key === " ") return;
      e.preventDefault();
      this.stepBy(forward ? 1 : -1);
    });
  }

  /** Moves `delta` steps; false when already at the first or last step (the deck then changes slide). */
  stepBy(delta: number): boolean {
    const next = Math.max(0, Math.min(this.stepCount, this.step + delta));
    if (next === this.step) return false;
    this.stepTo(next);
    return true;
  }

  get steps(): number {
    return this.stepCount;
  }

  get currentStep(): number {
    return this.step;
  }

  stepTo(n: number): void {
    const next = Math.max(0, Math.min(this.stepCount, n));
    this.step = next;
    this.showStep();
    if (this.dataset.stepUrl !== undefined || document.body.dataset.embed !== undefined) {
      const params = new URLSearchParams(location.search);
      if (this.step === 0) params.delete("step"); else params.set("step", String(this.step));
      const q = params.toString();
      history.replaceState(history.state, "", `${location.pathname}${q ? `?${q}` : ""}${location.hash}`);
    }
    void this.refresh(true);
  }

  private showStep(): void {
    const bar = this.querySelector<HTMLElement>(".figure-steps");
    if (!bar) return;
    const labels = JSON.parse(bar.dataset.steps ?? "[]") as { label: string; note: string }[];
    const current = labels[this.step - 1];
    const label = bar.querySelector(".step-label");
    if (label) label.textContent = current ? `Step ${this.step} of ${this.stepCount}: ${current.label}. ${current.note}` : `Whole figure (${this.stepCount} steps: press → to step through)`;
    bar.querySelector<HTMLButtonElement>('[data-step="prev"]')?.toggleAttribute("disabled", this.step === 0);
    bar.querySelector<HTMLButtonElement>('[data-step="next"]')?.toggleAttribute("disabled", this.step === this.stepCount);
    this.dataset.step = String(this.step);
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
    const query = this.spec.serialize(this.state);
    if (action === "copy-link") {
      const url = `${location.origin}${location.pathname}${query ? `?${query}` : ""}#${this.id || this.figureId}`;
      await this.copy(url, "Link copied.");
    } else if (action === "copy-embed") {
      const box = this.querySelector<HTMLElement>(".figure-actions");
      const snippet = embedSnippet({
        origin: location.origin,
        id: this.figureId,
        query,
        title: this.querySelector(".figure-title")?.textContent ?? this.figureId,
        height: Number(box?.dataset.embedHeight ?? 600),
        fullView: box?.dataset.fullView ?? location.pathname,
      });
      const label = this.querySelector<HTMLElement>(".embed-code");
      const area = label?.querySelector("textarea");
      if (label && area) { label.hidden = false; area.value = snippet; area.select(); }
      await this.copy(snippet, "Embed code copied. It shows this view; paste it into any page or slide tool that takes an iframe.");
    } else if (action === "download-svg") {
      download(`${this.figureId}.svg`, "image/svg+xml", standaloneSvg(this.visibleSvgs(), this.titleText()));
    } else if (action === "download-png") {
      await downloadPng(`${this.figureId}.png`, standaloneSvg(this.visibleSvgs(), this.titleText()));
    } else if (action === "download-csv") {
      this.module ??= await this.load();
      download(`${this.figureId}.csv`, "text/csv", tableCsv(this.module.table(this.data, this.state)));
    }
  }

  private titleText(): { title: string; sources: string } {
    return {
      title: this.querySelector(".figure-title")?.textContent?.trim() ?? "",
      sources: this.querySelector(".figure-sources")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
    };
  }

  private async copy(text: string, done: string): Promise<void> {
    await copyText(text, this.querySelector(".action-status"), done);
  }

  /** The chart's SVGs as the reader sees them (a static pair shows only one). */
  private visibleSvgs(): SVGSVGElement[] {
    return Array.from(this.chartSlot().querySelectorAll("svg")).filter((svg) => svg.getBoundingClientRect().width > 0);
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
