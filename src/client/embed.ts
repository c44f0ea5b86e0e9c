/**
 * Runs in /embed/<figure>/: posts { type: "embed-height", figure, height } to the parent on
 * load and whenever the height changes, keeps the full-view link on the current state, and
 * lets arrow keys step the figure when the frame has focus (the figure listens on document).
 */
import { heightMessage } from "../lib/embed";

const figure = document.body.dataset.embed ?? "";
let last = 0;
function post(): void {
  const height = document.documentElement.scrollHeight;
  if (Math.abs(height - last) < 1) return;
  last = height;
  if (window.parent !== window) window.parent.postMessage(heightMessage(figure, height), "*");
}
new ResizeObserver(post).observe(document.body);
window.addEventListener("load", post);
post();

const link = document.querySelector<HTMLAnchorElement>("a.full-view");
function syncLink(): void {
  if (!link) return;
  const params = new URLSearchParams(location.search);
  for (const k of ["theme", "controls"]) params.delete(k);
  const q = params.toString();
  link.href = `${link.pathname}${q ? `?${q}` : ""}`;
}
syncLink();
const replace = history.replaceState.bind(history);
history.replaceState = (...args: Parameters<History["replaceState"]>) => {
  replace(...args);
  syncLink();
};
