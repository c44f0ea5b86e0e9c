/** <wm-evidence-timeline>: the evidence-timeline figure made interactive. */
import type { TimelineData } from "../data/evidence-timeline";
import { timelineState } from "../state/evidence-timeline";
import { FigureElement } from "./figure-element";

class EvidenceTimelineElement extends FigureElement<TimelineData, typeof timelineState.spec> {
  protected readonly spec = timelineState;
  protected load() {
    return import("../charts/evidence-timeline");
  }
}
customElements.define("wm-evidence-timeline", EvidenceTimelineElement);
