/**
 * Word tokens with their offsets, made once per report in one linear pass.
 * Extraction reads names, verbs and frames from these instead of running
 * regular expressions over the text again and again.
 */

import { speechVerb, type SpeechVerb } from '../lexicon'

export type TokenKind = 'word' | 'number' | 'punct'

export interface Token {
  start: number
  end: number
  text: string
  lower: string
  kind: TokenKind
  /** First letter upper case ("Putin", "NATO", "Al-Haouz"). */
  cap: boolean
  /** Two or more letters, all upper case ("NATO", "WADA", "US"). */
  upper: boolean
  /** The reporting verb this word is a form of ("said" → say), looked up once here. */
  verb: SpeechVerb | undefined
}

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122
  return LETTER.test(ch)
}
function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return c >= 48 && c <= 57
}
const APOSTROPHES = "'’"
const JOINERS = '-‐‑'

/**
 * Words keep inner apostrophes and hyphens ("don't", "Al-Haouz", "four-year");
 * a possessive "’s" is its own token so "Valieva’s" yields the name "Valieva".
 * Dotted abbreviations ("U.S.", "U.N.") stay one word. Numbers keep their
 * separators and decimals ("1,037", "6.8", "11:11").
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end)
    const c = t.charCodeAt(0)
    const cap = kind === 'word' && (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t[0]!))
    let upper = false
    if (cap && t.length >= 2) {
      upper = true
      for (let k = 1; k < t.length && upper; k++) {
        const d = t.charCodeAt(k)
        if (d < 128 ? d >= 97 && d <= 122 : LOWER.test(t[k]!)) upper = false
      }
    }
    const lower = cap || c >= 128 || (kind === 'word' && /[A-Z]/.test(t)) ? t.toLowerCase() : t
    out.push({ start, end, text: t, lower, kind, cap, upper, verb: kind === 'word' ? speechVerb(lower) : undefined })
  }
  while (i < n) {
    const ch = text[i]!
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      i++
      continue
    }
    if (isDigit(ch)) {
      let j = i + 1
      while (j < n && (isDigit(text[j]!) || ((text[j] === ',' || text[j] === '.' || text[j] === ':') && j + 1 < n && isDigit(text[j + 1]!)))) j++
      push(i, j, 'number')
      i = j
      continue
    }
    if (isLetter(ch)) {
      let j = i + 1
      for (;;) {
        while (j < n && (isLetter(text[j]!) || isDigit(text[j]!))) j++
        const c = text[j]
        if (c === undefined || j + 1 >= n || !isLetter(text[j + 1]!)) break
        // A possessive or contraction ending: "Putin’s" → "Putin" + "’s"; "don't" stays whole.
        if (APOSTROPHES.includes(c)) {
          if (/^s(?![\p{L}])/u.test(text.slice(j + 1, j + 3))) break
          j++
          continue
        }
        if (JOINERS.includes(c)) {
          j++
          continue
        }
        // "U.S." and "e.g.": a dot between single letters.
        if (c === '.' && /^(?:\p{L}\.)*\p{L}$/u.test(text.slice(i, j)) && !isLetter(text[j + 2] ?? ' ')) {
          j++
          continue
        }
        break
      }
      // Words glued by a lost space ("reinforcementStoltenberg"): a lowercase word then a capitalised one.
      const split = gluedAt(text, i, j)
      if (split > 0) {
        push(i, split, 'word')
        i = split
        continue
      }
      // Keep the final dot of a dotted abbreviation ("U.S.").
      if (text[j] === '.' && /^\p{L}(?:\.\p{L})+$/u.test(text.slice(i, j))) j++
      push(i, j, 'word')
      i = j
      continue
    }
    if (APOSTROPHES.includes(ch) && text[i + 1] === 's' && out.length > 0 && out[out.length - 1]!.end === i && !isLetter(text[i + 2] ?? ' ')) {
      push(i, i + 2, 'word')
      i += 2
      continue
    }
    // Any other character is one punctuation token (surrogate pairs kept whole).
    const code = text.charCodeAt(i)
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1
    push(i, i + width, 'punct')
    i += width
  }
  return out
}

/** Where a lowercase word (4+ letters) glued to a capitalised one (Cap + 3+ lowercase) splits, or 0. */
function gluedAt(text: string, start: number, end: number): number {
  if (end - start < 8) return 0
  const first = text.charCodeAt(start)
  if (first < 97 || first > 122) return 0
  for (let k = start + 4; k <= end - 4; k++) {
    const c = text.charCodeAt(k)
    if (c >= 65 && c <= 90) {
      for (let m = start; m < k; m++) {
        const d = text.charCodeAt(m)
        if (d < 97 || d > 122) return 0
      }
      for (let m = k + 1; m < end; m++) {
        const d = text.charCodeAt(m)
        if (d < 97 || d > 122) return 0
      }
      return k
    }
  }
  return 0
}

/** Index of the first token starting at or after `at` (binary search over tokens in order). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}
