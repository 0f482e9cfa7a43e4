/**
 * One report's tokens with what every pass asks of them, answered once: which
 * words open a sentence, which the report capitalises mid-sentence or writes
 * in lower case, where a place name starts, what reads as an acronym or as a
 * word of a personal name. The passes ask these of the same tokens many
 * times; keeping the answers here keeps extraction linear.
 */
import { functionWord, monthNumber, organisationHeads, placeWord, weekdayNumber } from '../../lexicon'
import type { Token } from '../../text/tokenize'
import { isCapWord, isHonorific, isRoleWord, ROMAN } from './shapes'
import type { MentionContext } from './types'

export class ReportTokens {
  /** Words the report writes in lower case somewhere. */
  readonly lowercaseWords = new Set<string>()
  /** Lowercased capitalised words seen somewhere other than the start of a sentence. */
  readonly capitalisedInside = new Set<string>()
  readonly sentenceInitial: boolean[]
  /** Longest place name starting at each token, computed once (-1 = not yet). */
  private placeLength: Int8Array | null = null

  constructor(readonly ctx: MentionContext) {
    const { tokens, sentenceOf } = ctx
    this.sentenceInitial = tokens.map(() => false)
    let sentence = -1
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (sentenceOf[i] !== sentence && t.kind === 'word') {
        sentence = sentenceOf[i]!
        this.sentenceInitial[i] = true
      } else if (t.cap) this.capitalisedInside.add(t.lower)
      if (t.kind === 'word' && !t.cap) this.lowercaseWords.add(t.lower)
    }
  }

  get tokens(): readonly Token[] {
    return this.ctx.tokens
  }

  /** Only one space (or an abbreviation's ". ") separates two tokens. */
  adjacent(a: Token, b: Token): boolean {
    const gap = this.ctx.text.slice(a.end, b.start)
    return gap === ' ' || gap === '. '
  }

  slice(first: number, last: number): string {
    return this.ctx.text.slice(this.tokens[first]!.start, this.tokens[last - 1]!.end)
  }

  /** Longest country, people or capital name starting at token k ("South Africa", "United Arab Emirates"), in tokens. */
  placeAt(k: number, limit: number): number {
    this.placeLength ??= new Int8Array(this.tokens.length).fill(-1)
    let len = this.placeLength[k]!
    if (len < 0) {
      len = 0
      const t = this.tokens[k]!
      // Place names start with a capital letter; most tokens are settled by that alone.
      if (t.cap) {
        for (let n = Math.min(6, this.tokens.length - k); n >= 1 && len === 0; n--) {
          if (n > 1 && !this.adjacent(this.tokens[k + n - 2]!, this.tokens[k + n - 1]!)) continue
          if (placeWord(this.slice(k, k + n))) len = n
        }
      }
      this.placeLength[k] = len
    }
    return Math.min(len, Math.max(0, limit - k)) === len ? len : 0
  }

  isAcronym(k: number): boolean {
    const t = this.tokens[k]!
    const glued = k > 0 && this.tokens[k - 1]!.end === t.start && this.tokens[k - 1]!.kind !== 'punct'
    return t.upper && /^\p{Lu}{2,}$/u.test(t.text) && !glued && !placeWord(t.text) && !ROMAN.test(t.text)
  }

  /** A capitalised token that can be part of a personal name. */
  nameLike(k: number): boolean {
    const t = this.tokens[k]!
    if (!isCapWord(t) || t.upper) return false
    if (!t.cap) return true
    const l = t.lower
    if (functionWord().has(l) || monthNumber(l) !== undefined || weekdayNumber(l) !== undefined) return false
    if (isRoleWord(l) || isHonorific(l) || organisationHeads().has(l)) return false
    return !placeWord(t.text)
  }
}
