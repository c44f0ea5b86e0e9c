/** <wm-second-cancers>: the second-cancers figure made interactive. */
import type { SecondCancerData } from "../data/second-cancers";
import { secondCancerState } from "../state/second-cancers";
import { FigureElement } from "./figure-element";

class SecondCancersElement extends FigureElement<SecondCancerData, typeof secondCancerState.spec> {
  protected readonly spec = secondCancerState;
  protected load() {
    return import("../charts/second-cancers");
  }
}
customElements.define("wm-second-cancers", SecondCancersElement);
