/**
 * <wm-risk-benefit>: the explorer made interactive. The server HTML already shows the
 * default view; this element reads the state from the URL (src/state/explorer.ts), says
 * which values it ignored or adjusted, and from then on redraws every output synchronously
 * on each `input` event: one model run (src/model/view.ts), then the sentence, the icon
 * array, the curves, the sweeps, the title, the summary and the table, all in place. The
 * charts are plain SVG (no Plot), so a slider step reaches the screen within a frame and
 * nothing heavy is ever loaded. The URL is written with history.replaceState, only
 * non-default values, at most every 150 ms; a screen reader hears the sentence once the
 * reader pauses.
 */
import type { RiskBenefitData } from "../data/risk-benefit";
import type { DataTable } from "../data/types";
import { curvesTitle, iconsTitle, summary, table, title, viewOf, type ExplorerView } from "../charts/risk-benefit";
import { curvesTree } from "../charts/risk-benefit-curves";
import { iconsTree } from "../charts/risk-benefit-icons";
import { DURATION_STEPS, sweepTree, type SweepKind } from "../charts/risk-benefit-sweeps";
import { patchDom, toDom, type VNode } from "../charts/vnode";
import { durationWords, horizonWords, rangesOf, sentenceOf } from "../charts/risk-benefit-text";
import { OVERRIDE_KEYS, type OverrideKey, type RuntimeParameters, type SettingId } from "../model/types";
import { explorerState, resetOverrides, type ExplorerSpec, type ExplorerState } from "../state/explorer";
import type { Parsed, StateDefinition } from "../state/params";
import { embedSnippet } from "../lib/embed";
import { copyText, download, downloadPng, standaloneSvg, tableCsv } from "./figure-actions";

const SWEEPS: SweepKind[] = ["response", "duration", "horizon"];
const URL_EVERY_MS = 150;
const LIVE_AFTER_MS = 800;
const TEXT_AFTER_MS = 250;

/** Words for the URL keys, for the note about a link's ignored values. */
const KEY_WORDS: Record<string, string> = {
  response: "response", duration: "duration", horizon: "horizon", setting: "evidence setting",
  base: "baseline median", hr: "hazard ratio", spm: "second-cancer excess", fade: "fade",
  rcr: "CR multiplier", rvgpr: "VGPR multiplier", rsd: "less-than-PR multiplier",
  theme: "theme", step: "step", controls: "controls",
};

/** The evidence value of an override key in a setting (what the input shows when not overridden). */
function evidenceValue(rt: RuntimeParameters, key: OverrideKey, setting: SettingId): number {
  switch (key) {
    case "base": case "hr": case "spm": return rt.settings[setting][key].value;
    case "rcr": return rt.response.cr.value;
    case "rvgpr": return rt.response.vgpr.value;
    case "rsd": return rt.response.sd.value;
    case "fade": return rt.fade.value;
  }
}

function fixed(x: number, decimals: number): string {
  return (Math.round(x * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
}

type Widths = Record<"icons" | "curves" | SweepKind, number>;

class RiskBenefitElement extends HTMLElement {
  private data: RiskBenefitData | null = null;
  private def: StateDefinition<ExplorerSpec> | null = null;
  private state: ExplorerState | null = null;
  private view: ExplorerView | null = null;
  private key = "";
  private widths: Widths = { icons: 0, curves: 0, response: 0, duration: 0, horizon: 0 };
  private projector = false;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private lastUrlWrite = 0;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;
  private textTimer: ReturnType<typeof setTimeout> | null = null;
  /** The tree each chart slot shows, to patch from. */
  private readonly trees = new Map<string, VNode>();
  /** The last duration in months, for unticking "until progression". */
  private lastMonths: number | null = null;

  connectedCallback(): void {
    const json = this.querySelector("script.figure-data-json")?.textContent;
    if (!json || this.data) return;
    const data = JSON.parse(json) as RiskBenefitData;
    const def = explorerState(data.runtime.limits);
    const parsed = def.parse(location.search);
    this.data = data;
    this.def = def;
    this.state = parsed.state;
    this.report(parsed);
    this.classList.toggle("rb-no-controls", !parsed.state.controls);
    this.projector = document.documentElement.getAttribute("data-theme") === "projector";
    for (const el of Array.from(this.querySelectorAll<HTMLElement>(".figure-actions"))) el.hidden = false;
    this.addEventListener("input", (e) => this.onControl(e, false));
    this.addEventListener("change", (e) => this.onControl(e, true));
    this.addEventListener("click", (e) => void this.onClick(e));
    // A change still waiting for its URL write is written before the page goes away.
    window.addEventListener("pagehide", () => {
      if (this.urlTimer !== null) { clearTimeout(this.urlTimer); this.urlTimer = null; this.writeUrl(); }
    });
    document.addEventListener("wm-themechange", () => {
      this.projector = document.documentElement.getAttribute("data-theme") === "projector";
      this.redraw();
    });
    this.measure();
    this.draw(parsed.state, true);
    this.classList.add("rb-sized");
    const observer = new ResizeObserver(() => {
      if (this.measure()) this.redraw();
    });
    for (const el of this.slots().values()) observer.observe(el);
  }

  private q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector) as T | null;
  }

  private slots(): Map<keyof Widths, HTMLElement> {
    const m = new Map<keyof Widths, HTMLElement>();
    const icons = this.q(".rb-icons");
    const curves = this.q(".rb-curves");
    if (icons) m.set("icons", icons);
    if (curves) m.set("curves", curves);
    for (const k of SWEEPS) {
      const el = this.q(`[data-sweep="${k}"]`);
      if (el) m.set(k, el);
    }
    return m;
  }

  /** Reads the slots' widths; true when one changed enough to redraw. */
  private measure(): boolean {
    let changed = false;
    for (const [k, el] of this.slots()) {
      const w = Math.round(el.clientWidth);
      if (w > 0 && Math.abs(w - this.widths[k]) >= 4) {
        this.widths[k] = w;
        changed = true;
      }
    }
    return changed;
  }

  private redraw(): void {
    if (this.state) this.draw(this.state, true);
  }

  /** The note under the title: what in the link was ignored or changed, in words. */
  private report(parsed: Parsed<ExplorerSpec>): void {
    const notes = [
      ...parsed.ignored.map((i) => `ignored ${KEY_WORDS[i.key] ?? i.key} (${i.key}="${i.value}"): ${i.reason}`),
      ...parsed.adjusted.map((a) => `${KEY_WORDS[a.key] ?? a.key} (${a.key}="${a.value}") ${a.reason}; showing ${a.used}`),
    ];
    this.setStatus(notes.length > 0 ? `From the link: ${notes.join(". ")}.` : null);
  }

  private setStatus(message: string | null): void {
    const status = this.q(".figure-status");
    if (!status) return;
    status.hidden = message === null;
    status.textContent = message ?? "";
  }

  /** A control moved: read it through the state's own parsers and redraw. */
  private onControl(e: Event, committed: boolean): void {
    const t = e.target;
    if (!(t instanceof HTMLInputElement) || !this.state || !this.def) return;
    const next = this.read(t, this.state, this.def, committed);
    if (next) this.update(next, committed);
    else if (committed) this.showControls(this.state, true);
  }

  private read(t: HTMLInputElement, s: ExplorerState, def: StateDefinition<ExplorerSpec>, committed: boolean): ExplorerState | null {
    const spec = def.spec;
    if (t.name === "rb-response" && t.checked) {
      const r = spec.response.parse(t.value);
      return r.ok ? { ...s, response: r.value } : null;
    }
    if (t.name === "rb-setting" && t.checked) {
      const r = spec.setting.parse(t.value);
      return r.ok ? { ...s, setting: r.value } : null;
    }
    if (t.id === "rb-duration") {
      const v = Number(t.value);
      return { ...s, duration: v >= DURATION_STEPS ? "progression" : v };
    }
    if (t.id === "rb-horizon") {
      const r = spec.horizon.parse(t.value);
      return r.ok ? { ...s, horizon: r.value } : null;
    }
    const typed = t.dataset.typed;
    if (typed === "duration" || typed === "horizon") {
      if (t.value.trim() === "") return null;
      const r = typed === "duration" ? spec.duration.parse(t.value.trim()) : spec.horizon.parse(t.value.trim());
      if (!r.ok || (r.adjusted && !committed)) return null;
      return typed === "duration" ? { ...s, duration: r.value as ExplorerState["duration"] } : { ...s, horizon: r.value as number };
    }
    if (typed === "progression") {
      if (t.checked) return { ...s, duration: "progression" };
      const months = this.q<HTMLInputElement>("#rb-duration-months");
      const r = spec.duration.parse(months?.value.trim() ?? "");
      return { ...s, duration: r.ok && r.value !== "progression" ? r.value : (this.lastMonths ?? def.defaults.duration) };
    }
    const key = t.dataset.override as OverrideKey | undefined;
    if (key && (OVERRIDE_KEYS as readonly string[]).includes(key)) {
      const raw = t.value.trim();
      if (raw === "") return committed ? { ...s, [key]: null } : null;
      const r = spec[key].parse(raw);
      if (!r.ok || r.value === null || (r.adjusted && !committed)) return null;
      const data = this.data;
      if (!data) return null;
      // Typing the evidence value back is not an override.
      const lim = data.runtime.limits[key];
      const same = fixed(r.value, lim.decimals) === fixed(evidenceValue(data.runtime, key, s.setting), lim.decimals);
      return { ...s, [key]: same ? null : r.value };
    }
    return null;
  }

  private update(next: ExplorerState, committed: boolean): void {
    if (!this.def) return;
    const key = this.def.serialize(next);
    if (key === this.key) {
      // Nothing changed, but a committed typed value may need its text put back (e.g. clamped).
      if (committed) this.showControls(next, true);
      return;
    }
    if (this.q(".figure-status")?.hidden === false) this.setStatus(null);
    this.draw(next, false, committed);
    this.scheduleUrl();
    this.scheduleLive();
  }

  /** Everything the state shows, in place. */
  private draw(state: ExplorerState, force: boolean, committed = false): void {
    const data = this.data;
    const def = this.def;
    if (!data || !def) return;
    const key = def.serialize(state);
    if (!force && key === this.key) return;
    this.state = state;
    this.key = key;
    if (state.duration !== "progression") this.lastMonths = state.duration;
    const view = viewOf(data, state);
    this.view = view;
    const o = { projector: this.projector };
    this.text(".figure-title", title(view));
    this.text(".rb-sentence", sentenceOf(view));
    this.text(".rb-icons-title", iconsTitle(view));
    this.text(".rb-curves-title", curvesTitle(view));
    this.chart(".rb-icons", this.widths.icons, (width) => iconsTree(view, { ...o, width }));
    this.chart(".rb-curves", this.widths.curves, (width) => curvesTree(view, { ...o, width }));
    for (const k of SWEEPS) this.chart(`[data-sweep="${k}"]`, this.widths[k], (width) => sweepTree(k, view, { ...o, width }));
    this.showControls(state, committed);
    // The ranges (hundreds of model runs), the summary and the table: brought up to date once
    // the reader pauses (or at once when drawing for another reason), not on every slider step.
    if (force) this.syncText();
    else this.scheduleText();
  }

  private syncText(): void {
    if (this.textTimer !== null) { clearTimeout(this.textTimer); this.textTimer = null; }
    if (!this.view) return;
    this.text(".rb-ranges", rangesOf(this.view));
    this.q(".rb-ranges")?.classList.remove("rb-pending");
    this.text(".summary-text", summary(this.view));
    this.fillTable(table(this.view));
  }

  private scheduleText(): void {
    // Until then the ranges line is dimmed, so it never looks current when it is not.
    if (this.textTimer === null) this.q(".rb-ranges")?.classList.add("rb-pending");
    else clearTimeout(this.textTimer);
    this.textTimer = setTimeout(() => this.syncText(), TEXT_AFTER_MS);
  }

  private text(selector: string, value: string): void {
    const el = this.q(selector);
    if (el && el.textContent !== value) el.textContent = value;
  }

  /**
   * Draws a chart into its slot: the first time by building it, afterwards by patching the
   * SVG on screen from the previous tree (only what changed is touched). The slot's height is
   * fixed to the chart's, so the slot contains its own layout (.rb-sized).
   */
  private chart(selector: string, width: number, make: (width: number) => VNode): void {
    const slot = this.q(selector);
    if (!slot || width <= 0) return;
    const next = make(width);
    const prev = this.trees.get(selector);
    const current = slot.firstElementChild;
    if (prev && current && slot.childElementCount === 1) patchDom(current, prev, next);
    else slot.replaceChildren(toDom(next, document));
    this.trees.set(selector, next);
    const h = `${next.attrs.height ?? ""}px`;
    if (slot.style.height !== h) slot.style.height = h;
  }

  /** The table keeps its shape (same rows, same columns): only the texts change. */
  private fillTable(t: DataTable): void {
    const tableEl = this.q<HTMLTableElement>(".table-slot table");
    const region = this.q(".table-slot .table-scroll");
    if (!tableEl) return;
    region?.setAttribute("aria-label", t.caption);
    if (tableEl.caption) tableEl.caption.textContent = t.caption;
    const head = tableEl.tHead?.rows[0];
    const body = tableEl.tBodies[0];
    if (!head || !body || head.cells.length !== t.columns.length || body.rows.length !== t.rows.length) return;
    t.columns.forEach((c, i) => {
      const cell = head.cells[i];
      if (cell && cell.textContent !== c) cell.textContent = c;
    });
    t.rows.forEach((r, i) => {
      const row = body.rows[i];
      r.forEach((c, j) => {
        const cell = row?.cells[j];
        if (cell && cell.textContent !== c) cell.textContent = c;
      });
    });
  }

  /** Puts the state into every control; the one being typed into keeps its text until committed. */
  private showControls(s: ExplorerState, committed: boolean): void {
    const data = this.data;
    if (!data) return;
    const active = document.activeElement;
    const setValue = (el: HTMLInputElement | null, v: string) => {
      if (el && (el !== active || committed || el.type === "range") && el.value !== v) el.value = v;
    };
    for (const r of Array.from(this.querySelectorAll<HTMLInputElement>('input[name="rb-response"], input[name="rb-setting"]'))) {
      r.checked = r.value === (r.name === "rb-response" ? s.response : s.setting);
    }
    const dText = durationWords(s.duration);
    const range = this.q<HTMLInputElement>("#rb-duration");
    setValue(range, String(s.duration === "progression" ? DURATION_STEPS : s.duration));
    range?.setAttribute("aria-valuetext", dText);
    this.text("#rb-duration-out", dText);
    setValue(this.q<HTMLInputElement>("#rb-duration-months"), s.duration === "progression" ? "" : String(s.duration));
    const prog = this.q<HTMLInputElement>("#rb-duration-progression");
    if (prog) prog.checked = s.duration === "progression";
    const hText = horizonWords(s.horizon);
    const hRange = this.q<HTMLInputElement>("#rb-horizon");
    setValue(hRange, String(s.horizon));
    hRange?.setAttribute("aria-valuetext", hText);
    this.text("#rb-horizon-out", hText);
    setValue(this.q<HTMLInputElement>("#rb-horizon-years"), String(s.horizon));

    let changed = 0;
    for (const key of OVERRIDE_KEYS) {
      const li = this.q(`.rb-param[data-param="${key}"]`);
      if (!li) continue;
      const own = s[key];
      if (own !== null) changed += 1;
      const lim = data.runtime.limits[key];
      setValue(li.querySelector<HTMLInputElement>("input[data-override]"), fixed(own ?? evidenceValue(data.runtime, key, s.setting), lim.decimals));
      li.classList.toggle("rb-param--changed", own !== null);
      const flag = li.querySelector<HTMLElement>(".rb-changed");
      if (flag) flag.hidden = own === null;
      for (const body of Array.from(li.querySelectorAll<HTMLElement>(".rb-param-body[data-setting]"))) body.hidden = body.dataset.setting !== s.setting;
      const resp = li.dataset.response;
      if (resp) {
        const idle = resp !== s.response;
        li.classList.toggle("rb-param--idle", idle);
        const note = li.querySelector<HTMLElement>(".rb-idle-note");
        if (note) note.hidden = !idle;
      }
    }
    this.text(".rb-override-count", changed === 0 ? "" : `${changed} ${changed === 1 ? "number differs" : "numbers differ"} from the evidence.`);
    for (const g of Array.from(this.querySelectorAll<HTMLElement>(".rb-os-group"))) {
      const current = g.dataset.setting === s.setting;
      g.classList.toggle("rb-os-group--current", current);
      const mark = g.querySelector<HTMLElement>(".rb-os-current");
      if (mark) mark.hidden = !current;
    }
  }

  private scheduleUrl(): void {
    if (this.urlTimer !== null) return;
    const wait = Math.max(0, URL_EVERY_MS - (performance.now() - this.lastUrlWrite));
    this.urlTimer = setTimeout(() => {
      this.urlTimer = null;
      this.lastUrlWrite = performance.now();
      this.writeUrl();
    }, wait);
  }

  private writeUrl(): void {
    if (!this.def || !this.state) return;
    const query = this.def.merge(location.search, this.state);
    const next = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, "", next);
  }

  private scheduleLive(): void {
    if (this.liveTimer !== null) clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      this.liveTimer = null;
      if (this.view) this.text(".rb-live", sentenceOf(this.view));
    }, LIVE_AFTER_MS);
  }

  private async onClick(e: Event): Promise<void> {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-action]");
    if (!button || !this.state || !this.def) return;
    const action = button.dataset.action;
    const query = this.def.serialize(this.state);
    const status = this.q(".action-status");
    const titleText = this.q(".figure-title")?.textContent?.trim() ?? "";
    this.syncText();
    if (action === "reset-overrides") {
      this.update(resetOverrides(this.state), true);
    } else if (action === "copy-link") {
      await copyText(`${location.origin}${location.pathname}${query ? `?${query}` : ""}#${this.id || "risk-benefit"}`, status, "Link copied.");
    } else if (action === "copy-embed") {
      const box = this.q(".figure-actions");
      const snippet = embedSnippet({
        origin: location.origin, id: "risk-benefit", query, title: titleText,
        height: Number(box?.dataset.embedHeight ?? 1400), fullView: box?.dataset.fullView ?? location.pathname,
      });
      const label = this.q(".embed-code");
      const area = label?.querySelector("textarea");
      if (label && area) { label.hidden = false; area.value = snippet; area.select(); }
      await copyText(snippet, status, "Embed code copied. It shows this view; paste it into any page or slide tool that takes an iframe.");
    } else if (action === "download-svg" || action === "download-png") {
      const svgs = [this.q<SVGSVGElement>(".rb-icons svg"), this.q<SVGSVGElement>(".rb-curves svg")].filter((x): x is SVGSVGElement => x !== null);
      const svg = standaloneSvg(svgs, { title: titleText, sources: this.q(".figure-sources")?.textContent?.replace(/\s+/g, " ").trim() ?? "" });
      if (action === "download-svg") download("risk-benefit.svg", "image/svg+xml", svg);
      else await downloadPng("risk-benefit.png", svg);
    } else if (action === "download-csv" && this.view) {
      download("risk-benefit.csv", "text/csv", tableCsv(table(this.view)));
    }
  }
}

customElements.define("wm-risk-benefit", RiskBenefitElement);
