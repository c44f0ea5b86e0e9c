/** <wm-hazard-ratios>: the pfs-os-hazard-ratios figure made interactive. */
import type { HazardRatioData } from "../data/pfs-os-hazard-ratios";
import { hazardRatioState } from "../state/figures";
import type { HazardRatioState } from "../charts/pfs-os-hazard-ratios";
import { FigureElement } from "./figure-element";

class HazardRatiosElement extends FigureElement<HazardRatioData, HazardRatioState> {
  protected readonly spec = hazardRatioState;
  protected load() {
    return import("../charts/pfs-os-hazard-ratios");
  }
  protected showState(state: HazardRatioState): void {
    this.check("reports", state.cut);
    this.check("measure", state.view);
  }
  protected readControls(): HazardRatioState {
    const cut = this.querySelector<HTMLInputElement>('input[name$="-reports"]:checked')?.value === "latest" ? "latest" : "2012";
    const view = this.querySelector<HTMLInputElement>('input[name$="-measure"]:checked')?.value === "absolute" ? "absolute" : "hr";
    return { cut, view };
  }
  private check(group: string, value: string): void {
    const input = this.querySelector<HTMLInputElement>(`input[name$="-${group}"][value="${value}"]`);
    if (input) input.checked = true;
  }
}
customElements.define("wm-hazard-ratios", HazardRatiosElement);
