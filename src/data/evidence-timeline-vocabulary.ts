/**
 * The evidence timeline's vocabulary, apart from its data builder so browser code (the chart)
 * can use it without pulling the evidence base into the bundle.
 */
export const ASPECTS = ["progression", "survival", "spm"] as const;
export type Aspect = (typeof ASPECTS)[number];
export type Signal = "difference" | "none" | "other" | "gap";
/** Where an event stands in the story, for the teaching steps. */
export const ERAS = ["first", "updates", "pooled", "mxi"] as const;
export type Era = (typeof ERAS)[number];

export const ASPECT_WORDS: Record<Aspect, string> = { progression: "Progression", survival: "Survival", spm: "Second cancers" };
