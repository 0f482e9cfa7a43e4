import type { Span } from './sentences'
import { countWords } from '../text/words'

/**
 * "…with “cautious optimism,” he said, but warned that “so far, …”" holds two
 * claims with one speaker; checking them apart keeps each one clusterable.
 * Only a second reporting verb after ", but"/", and" splits, and never inside a quote.
 */
const SECOND_VERB = /,\s+(?=(?:but|and|while)\s+(?:also\s+)?(?:warned|stressed|added|said|insisted|noted|explained|cautioned|cautions|warns|stresses|adds|says)\b)/gu

export function splitClauses(masked: string, s: Span): Span[] {
  const text = masked.slice(s.start, s.end)
  const out: Span[] = []
  let start = s.start
  for (const m of text.matchAll(SECOND_VERB)) {
    const cut = s.start + m.index
    if (countWords(masked, start, cut, 5) < 5 || s.end - cut < 25) continue
    out.push({ start, end: cut })
    start = cut + m[0].length
  }
  out.push({ start, end: s.end })
  return out
}
