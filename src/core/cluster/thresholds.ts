/**
 * The thresholds of matching, fitted on the dev corpus (docs/matching.md says
 * how: a grid over these values, scored by the shared scorer, keeping the
 * highest cluster pair recall whose false-merge rate stays under 1 %, and the
 * middle of that plateau rather than its edge).
 */
export const LINKAGE = {
  /** Report-level similarity at which two reports tell the same story (their claims may then match). */
  story: 0.08,
  /** Below this a pair is not even an edge: unrelated claims share a word or two. */
  floor: 0.05,
  /** Mean similarity for two groups from different reports to join. */
  threshold: 0.15,
  /** Mean similarity for two groups to join when that puts two claims of one report together. */
  sameReportThreshold: 0.5,
  /** Share of the weighted overlap coefficient blended into the cosine (0 = cosine alone). */
  containment: 0,
  /** A member whose mean similarity to the rest of its cluster is below this is only suggested. */
  confident: 0.45
}
