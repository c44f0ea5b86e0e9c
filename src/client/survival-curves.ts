/**
 * <wm-survival-curves>: the survival-curves figure made interactive. Beyond the base: the
 * data-cut choices name the report each one would show for the chosen trial and endpoint, and
 * choosing a trial or endpoint that lacks the current data cut moves to the first one it has.
 */
import type { SurvivalCurveData } from "../data/survival-curves";
import { SURVIVAL_CUTS, survivalCurveState, type SurvivalCurveState } from "../state/survival-curves";
import { FigureElement } from "./figure-element";

class SurvivalCurvesElement extends FigureElement<SurvivalCurveData, typeof survivalCurveState.spec> {
  protected readonly spec = survivalCurveState;

  protected load() {
    return import("../charts/survival-curves");
  }

  private view(s: SurvivalCurveState) {
    return this.data.views.find((v) => v.trial === s.trial && v.endpoint === s.endpoint && v.cut === s.cut);
  }

  protected override showState(state: SurvivalCurveState): void {
    super.showState(state);
    for (const cut of SURVIVAL_CUTS) {
      const detail = this.querySelector(`[data-cut-detail="${cut}"]`);
      if (detail) detail.textContent = `(${this.view({ ...state, cut })?.choice ?? "not in the evidence base"})`;
    }
  }

  protected override update(state: SurvivalCurveState): void {
    let next = state;
    const moved = state.trial !== this.state.trial || state.endpoint !== this.state.endpoint;
    if (moved && !this.view(next)?.available) {
      const cut = SURVIVAL_CUTS.find((c) => this.view({ ...next, cut: c })?.available);
      if (cut) next = { ...next, cut };
    }
    this.showState(next);
    super.update(next);
  }
}
customElements.define("wm-survival-curves", SurvivalCurvesElement);
