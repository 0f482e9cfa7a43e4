/**
 * Citation numbers: the one numbering of the reports, read by the brief (its
 * [n] and its Sources list) and by the desk (each report's [n]), so a number
 * means the same report wherever an editor sees it. Reports are numbered in the
 * order they joined the desk; a brief of some of them keeps their numbers.
 * Types only, no runtime imports: the desk's bundle uses it.
 */
export function sourceNumbers(reports: ReadonlyArray<{ id: string }>): Map<string, number> {
  return new Map(reports.map((r, i) => [r.id, i + 1]))
}
