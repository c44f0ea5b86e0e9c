/**
 * The lecture deck: one slide at a time, steps inside figures, keys from a keyboard or a
 * presentation clicker, slide and step in the URL (a reload keeps the place).
 */
interface Steppable extends HTMLElement {
  stepBy(delta: number): boolean;
  stepTo(n: number): void;
  readonly steps: number;
  readonly currentStep: number;
}

const deck = document.querySelector<HTMLElement>(".deck");
const slides = Array.from(document.querySelectorAll<HTMLElement>(".slide"));
const progress = document.querySelector(".progress-text");
let index = 0;

function figureOf(slide: HTMLElement | undefined): Steppable | null {
  const el = slide?.querySelector<HTMLElement>("[data-figure]");
  return el && typeof (el as Partial<Steppable>).stepBy === "function" ? (el as Steppable) : null;
}

function writeUrl(): void {
  const params = new URLSearchParams(location.search);
  params.set("slide", String(index + 1));
  const step = figureOf(slides[index])?.currentStep ?? 0;
  if (step > 0) params.set("step", String(step)); else params.delete("step");
  history.replaceState(history.state, "", `${location.pathname}?${params.toString()}`);
  const fig = figureOf(slides[index]);
  if (progress) progress.textContent = `Slide ${index + 1} of ${slides.length}${fig && fig.steps > 0 ? ` · step ${fig.currentStep} of ${fig.steps}` : ""}`;
}

function show(i: number, step: number): void {
  index = Math.max(0, Math.min(slides.length - 1, i));
  slides.forEach((s, j) => s.classList.toggle("current", j === index));
  const fig = figureOf(slides[index]);
  fig?.stepTo(step);
  writeUrl();
}

function next(): void {
  const fig = figureOf(slides[index]);
  if (fig?.stepBy(1)) writeUrl();
  else if (index < slides.length - 1) show(index + 1, 0);
}

function prev(): void {
  const fig = figureOf(slides[index]);
  if (fig?.stepBy(-1)) writeUrl();
  else if (index > 0) show(index - 1, figureOf(slides[index - 1])?.steps ?? 0);
}

async function start(): Promise<void> {
  if (!deck) return;
  const tags = [...new Set(slides.map((s) => s.querySelector("[data-figure]")?.localName).filter((t): t is string => !!t))];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  deck.classList.add("js-deck");
  const params = new URLSearchParams(location.search);
  const slide = Number(params.get("slide") ?? 1);
  const step = Number(params.get("step") ?? 0);
  show(Number.isInteger(slide) ? slide - 1 : 0, Number.isInteger(step) ? step : 0);
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as Element | null;
    if (t?.closest("input, select, textarea")) return;
    if (["ArrowRight", "PageDown", " "].includes(e.key)) { e.preventDefault(); next(); }
    else if (["ArrowLeft", "PageUp"].includes(e.key)) { e.preventDefault(); prev(); }
    else if (e.key === "Home") show(0, 0);
    else if (e.key === "End") show(slides.length - 1, 0);
    else if (e.key === "f" || e.key === "F") {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (e.key === "n" || e.key === "N") deck.classList.toggle("show-notes");
  });
}
void start();
