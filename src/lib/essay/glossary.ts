/**
 * The terms an essay explains on first use: <Term id="pfs" /> in MDX. Plain words, no trial
 * numbers (those come from the evidence). The remark plugin rejects an id missing here, so a
 * typo fails the build.
 */
export interface GlossaryTerm {
  /** The words the term prints when the writer gives none: "progression-free survival". */
  label: string;
  /** The heading of its glossary entry: "Progression-free survival (PFS)". */
  name: string;
  /** What it means, in one or two short sentences. */
  definition: string;
}

export const GLOSSARY = {
  pfs: {
    label: "progression-free survival",
    name: "Progression-free survival (PFS)",
    definition: "How long people live without their myeloma getting worse. The clock stops at progression or at death, whichever comes first.",
  },
  os: {
    label: "overall survival",
    name: "Overall survival (OS)",
    definition: "How long people live, whatever the cause of death. It is the outcome patients care about most, and the hardest for a trial to measure.",
  },
  ttp: {
    label: "time to progression",
    name: "Time to progression (TTP)",
    definition: "How long until the myeloma gets worse. CALGB 100104 started this clock at the transplant, not at randomisation, and its definition also counted deaths.",
  },
  "hazard-ratio": {
    label: "hazard ratio",
    name: "Hazard ratio (HR)",
    definition: "The rate of an event (progression, death) in one group divided by the rate in the other, at any moment. Below 1 means fewer events with the treatment. It is a relative measure: it says nothing about how many people that is.",
  },
  cr: {
    label: "complete response",
    name: "Complete response (CR)",
    definition: "No myeloma protein can be found in blood or urine by standard tests, and the bone marrow looks normal. It does not mean cured.",
  },
  vgpr: {
    label: "very good partial response",
    name: "Very good partial response (VGPR)",
    definition: "The myeloma protein has fallen much further than in a partial response, or shows only on the most sensitive tests, but has not gone. The exact thresholds are set by international response criteria.",
  },
  pr: {
    label: "partial response",
    name: "Partial response (PR)",
    definition: "The myeloma protein has clearly fallen, by the amount the international response criteria set, but not as far as in a very good partial response.",
  },
  spm: {
    label: "second primary malignancy",
    name: "Second primary malignancy (SPM)",
    definition: "A new cancer, different from the myeloma, that appears after treatment. Examples are leukaemia (a blood cancer) and solid tumours such as bowel or skin cancer.",
  },
  maintenance: {
    label: "maintenance",
    name: "Maintenance",
    definition: "Long, low-dose treatment given after the main treatment has worked, to keep the disease in check for longer.",
  },
  asct: {
    label: "autologous stem-cell transplant",
    name: "Autologous stem-cell transplant (ASCT)",
    definition: "High-dose chemotherapy followed by an infusion of the patient's own stem cells, collected beforehand, to restore the bone marrow.",
  },
  crossover: {
    label: "crossover",
    name: "Crossover",
    definition: "When people in the control group of a trial start the treatment being tested. It makes later differences between the groups smaller.",
  },
  median: {
    label: "median",
    name: "Median",
    definition: "The middle value: half the group had a shorter time, half a longer one. A median time says nothing about how long any one person will have.",
  },
  ci: {
    label: "confidence interval",
    name: "95% confidence interval (CI)",
    definition: "The range of values the data are compatible with. A wide interval means the result is uncertain; an interval for a hazard ratio that includes 1 is compatible with no effect.",
  },
  placebo: {
    label: "placebo",
    name: "Placebo",
    definition: "A dummy pill that looks like the real one, so that neither patients nor doctors know who takes which.",
  },
  induction: {
    label: "induction",
    name: "Induction",
    definition: "The first treatment after diagnosis, given to bring the myeloma under control.",
  },
  consolidation: {
    label: "consolidation",
    name: "Consolidation",
    definition: "A short, stronger course of treatment given after the main treatment, to deepen the response before maintenance.",
  },
} as const satisfies Record<string, GlossaryTerm>;

export type TermId = keyof typeof GLOSSARY;

export function isTermId(id: string): id is TermId {
  return Object.hasOwn(GLOSSARY, id);
}

/** A term by id; an unknown id throws, naming it and the known ones. */
export function term(id: string): GlossaryTerm {
  if (!isTermId(id)) throw new Error(`Unknown glossary term "${id}". Known terms: ${Object.keys(GLOSSARY).join(", ")}`);
  return GLOSSARY[id];
}
