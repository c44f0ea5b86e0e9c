/**
 * What counts as a number typed into prose. Trial names (CALGB 100104, IFM 2005-02, MM-015…),
 * years, chapter numbers and the "95%" of "95% confidence interval" are words, not results;
 * any other digit, or a number word with a unit ("two years"), must come from the evidence
 * through a component. Used by the content schema (titles, summaries) and the
 * risk-communication test (the chapters' text).
 */
const ALLOWED = /\b(?:CALGB(?: \(Alliance\))? 100104|IFM 2005-02|MM-0\d\d|RV-MM-PI-209|GMMG-MM5|NCT\d+|Myeloma XI|JNCCN 360)\b|\b(?:19|20)\d\d\b|\b95% (?:confidence interval|CI)\b|\b[Cc]hapter \d\b/g;
const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|forty|fifty|hundred|half|a third|a quarter)[- ](?:years?|months?|weeks?|days?|patients|people|per ?cent|percent)\b/i;

/** The typed number in a piece of prose, or null when there is none. */
export function typedNumber(text: string): string | null {
  const digit = /\S*\d\S*/.exec(text.replace(ALLOWED, ""));
  if (digit) return digit[0];
  const words = NUMBER_WORDS.exec(text);
  return words ? words[0] : null;
}
