/** <theme-switch>: a select that sets data-theme on <html> and remembers the choice. */
const THEMES = ["light", "dark", "projector"] as const;
type Theme = (typeof THEMES)[number];
const isTheme = (v: string | null): v is Theme => v !== null && (THEMES as readonly string[]).includes(v);

class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector("select");
    if (!select) return;
    const current = document.documentElement.getAttribute("data-theme");
    select.value = isTheme(current) ? current : "";
    select.addEventListener("change", () => {
      const value = select.value;
      if (isTheme(value)) document.documentElement.setAttribute("data-theme", value);
      else document.documentElement.removeAttribute("data-theme");
      try {
        if (isTheme(value)) localStorage.setItem("wm-theme", value);
        else localStorage.removeItem("wm-theme");
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
      document.dispatchEvent(new CustomEvent("wm-themechange"));
    });
    this.hidden = false;
  }
}
customElements.define("theme-switch", ThemeSwitch);
