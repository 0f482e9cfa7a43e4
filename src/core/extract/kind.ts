import type { ClaimKind } from '../model'
import { countWords } from '../text/words'

/** Quantities worth checking: "100,000 troops", "20 ships", "six-meter", "thousands of". Years are dates, not quantities. */
const DIGITS = /(?<![\p{L}\d])\d[\d,.]*(?:\s*(?:%|percent|per cent))?/gu
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b(?:-\p{L}+|\s+(?:of\s+)?\p{L}+)/iu
const YEAR = /^(?:1[89]|20)\d\d$/

export function hasQuantity(text: string): boolean {
  for (const m of text.matchAll(DIGITS)) {
    const n = m[0].replace(/[.,]$/, '')
    if (!YEAR.test(n)) return true
  }
  return NUMBER_WORDS.test(text)
}

export interface KindSignals {
  /** Words quoted in (or around, for multi-sentence quotes) this sentence. */
  quotedWords: number
  /** The sentence sits inside a quotation that runs past it. */
  inLongQuote: boolean
  reporting: boolean
  text: string
}

/** Quote beats numeric beats reported: the most checkable reading wins. */
export function kindOf(s: KindSignals): ClaimKind {
  if (s.inLongQuote || s.quotedWords >= 5) return 'quote'
  if (hasQuantity(s.text)) return 'numeric'
  if (s.reporting) return 'reported'
  return 'statement'
}

/** Questions, fragments ("Johnson.", "Russian.") and teasers are not claims. */
export function isClaimLike(text: string): boolean {
  if (countWords(text, 0, text.length, 5) < 5) return false
  if (/\?["”»’]?$/.test(text)) return false
  return true
}
