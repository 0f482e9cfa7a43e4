import type { ClaimKind } from '../model'
import { countWords } from '../text/words'

export interface KindSignals {
  /** Words inside quotation marks in the unit. */
  quotedWords: number
  words: number
  /** The unit is quoted words only, cut from a longer quotation. */
  wholeQuote: boolean
  /** Someone is reported as saying it. */
  reporting: boolean
  /** It states a quantity ("820 people", "a four-year ban"). */
  quantity: boolean
}

/**
 * Quote beats numeric beats reported: the most checkable reading wins. A unit
 * is a quote when most of its words are someone's quoted words.
 */
export function kindOf(s: KindSignals): ClaimKind {
  if (s.wholeQuote || (s.quotedWords >= 5 && s.quotedWords * 2 >= s.words)) return 'quote'
  if (s.quantity) return 'numeric'
  if (s.reporting) return 'reported'
  return 'statement'
}

/**
 * Questions, fragments and the reporter's own process ("CNN has contacted the
 * IOC for comment", "did not respond to a request for comment") are not claims.
 */
export function isClaimLike(text: string): boolean {
  if (countWords(text, 0, text.length, 5) < 5) return false
  if (/\?["”»’]?$/.test(text)) return false
  if (/\b(?:for (?:further |a )?comment|request(?:s)? for comment|declined to comment|could not be reached|did not (?:immediately )?respond)\b/i.test(text)) return false
  return true
}
