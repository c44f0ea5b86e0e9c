/** <wm-hazard-ratios>: the pfs-os-hazard-ratios figure made interactive. */
import type { HazardRatioData } from "../data/pfs-os-hazard-ratios";
import { hazardRatioState } from "../state/pfs-os-hazard-ratios";
import { FigureElement } from "./figure-element";

class HazardRatiosElement extends FigureElement<HazardRatioData, typeof hazardRatioState.spec> {
  protected readonly spec = hazardRatioState;
  protected load() {
    return import("../charts/pfs-os-hazard-ratios");
  }
}
customElements.define("wm-hazard-ratios", HazardRatiosElement);
