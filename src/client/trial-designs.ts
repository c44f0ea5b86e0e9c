/** <wm-trial-designs>: the trial-designs figure made interactive. */
import type { TrialDesignData } from "../data/trial-designs";
import { trialDesignState } from "../state/trial-designs";
import { FigureElement } from "./figure-element";

class TrialDesignsElement extends FigureElement<TrialDesignData, typeof trialDesignState.spec> {
  protected readonly spec = trialDesignState;
  protected load() {
    return import("../charts/trial-designs");
  }
}
customElements.define("wm-trial-designs", TrialDesignsElement);
