/**
 * The model's limitations in words, for /methods/ and the explorer (the same list as the
 * "Limitations" section of ./README.md). No numbers: each names what the model leaves out.
 */
export interface Limitation {
  id: string;
  text: string;
}

export const LIMITATIONS: Limitation[] = [
  { id: "exponential", text: "One exponential curve per arm. Real progression curves are not exponential, and the trials published too few landmark rates to draw their shape." },
  { id: "clocks", text: "The trials' clocks differ: CALGB 100104 counted from transplant, before randomisation; IFM 2005-02 from randomisation, after consolidation; MM-015 from diagnosis, before induction. The model treats each as starting at maintenance, so where the median includes time before maintenance the real time from its start is shorter than the model's; the gap is largest for MM-015." },
  { id: "control-arms", text: "CALGB 100104's placebo arm includes patients who crossed over to lenalidomide, and every IFM 2005-02 patient had two months of lenalidomide consolidation; both shrink the contrasts the model borrows." },
  { id: "second-cancers", text: "Second-cancer rates come from follow-up that mixes time on and off the drug, and (CALGB 100104) approximate person-time as patients × median follow-up. How the risk changes with time on the drug is unknown. Cancers after progression or after stopping are not counted, and latency is not modelled." },
  { id: "death", text: "Death is not separated from progression, and a second cancer does not change progression." },
  { id: "response", text: "No trial published hazard ratios by response status, so the relative effect of maintenance is the same for every response group; only the baseline risk differs, by assumed multipliers." },
  { id: "survival", text: "Overall survival is not modelled. A gain in progression-free time is not a gain in life, and the trials disagreed on survival; the explorer shows their survival results as published, beside the model." },
];
