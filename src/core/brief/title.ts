import type { Report } from '../model'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2022-02-15" → "15 February 2022"; fixed English so output never depends on the machine's locale. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[(m ?? 1) - 1] ?? ''} ${y}`
}

/** Capitalised words that say nothing about the story. */
export const STOP = new Set(
  'The This That These Those There Their They Then Than When While What Which Who Whom Where Why How And But For Nor Yet With Without From Into Over Under After Before Since During Also Other Some Many Most More Such Its His Her Our Your Mr Mrs Ms Dr According However Meanwhile Earlier Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December In On At By Of To As If It He She We You Not No One Two Three Shortly Thousands Everything'.split(
    ' '
  )
)

/**
 * The story's subject from what the reports share: capitalised names counted by
 * how many reports mention them (then by total mentions, then alphabetically,
 * so the result is deterministic). Returns up to `limit` names, or [] if none recur.
 */
export function sharedNames(reports: Report[], limit = 3): string[] {
  const docs = new Map<string, number>()
  const total = new Map<string, number>()
  for (const report of reports) {
    const seen = new Set<string>()
    for (const m of report.text.matchAll(/\b\p{Lu}[\p{L}]{2,}\b/gu)) {
      const word = m[0]
      if (STOP.has(word)) continue
      total.set(word, (total.get(word) ?? 0) + 1)
      if (!seen.has(word)) docs.set(word, (docs.get(word) ?? 0) + 1)
      seen.add(word)
    }
  }
  // A name must recur: across reports when there are several, within the one report otherwise.
  const minDocs = reports.length > 1 ? 2 : 1
  return [...docs.entries()]
    .filter(([w, n]) => n >= minDocs && (total.get(w) ?? 0) >= 2)
    .sort(([a, na], [b, nb]) => nb - na || (total.get(b) ?? 0) - (total.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w)
}

export function deriveTitle(reports: Report[], dateIso: string): string {
  const names = sharedNames(reports)
  const subject = names.length > 0 ? `Situation brief: ${names.join(', ')}` : 'Situation brief'
  return `${subject} — ${formatDate(dateIso)}`
}
