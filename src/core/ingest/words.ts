/**
 * Small text measures the line rules share. Every one stops early or looks at
 * a bounded slice, so a 20 MB line costs no more than a short one.
 */
import { furniture, leadingWord, monthNumber, nameParticles, placeWord, weekdayNumber } from '../lexicon'

/** Up to `cap + 1` whitespace-separated words: enough to tell "more than cap". */
/** White space as `\\s` knows it: ASCII, no-break and the Unicode spaces. */
const isBlank = (code: number): boolean =>
  code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff

export function firstWords(text: string, cap: number): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i <= text.length && out.length <= cap; i++) {
    const blank = i === text.length || isBlank(text.charCodeAt(i))
    if (blank && start !== -1) {
      out.push(text.slice(start, i))
      start = -1
    } else if (!blank && start === -1) start = i
  }
  return out
}

/** Whitespace-separated words, counted up to `cap + 1` without building them. */
export function wordCount(text: string, cap: number): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length && count <= cap; i++) {
    const blank = isBlank(text.charCodeAt(i))
    if (!blank && !inWord) count++
    inWord = !blank
  }
  return count
}

const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '›'])
/** Ends like a sentence or a clause that goes on: . ! ? … : ; , (after any closing quotes or brackets). */
export function endsWithPunctuation(line: string): boolean {
  let i = line.length - 1
  while (i >= 0 && CLOSERS.has(line[i]!)) i--
  return i >= 0 && '.!?…:;,'.includes(line[i]!)
}

/** Letters all in capitals (at least three of them): "15TH BRICS SUMMIT". */
export function isAllCaps(text: string): boolean {
  let cased = 0
  for (const ch of text) {
    const upper = ch.toUpperCase()
    if (upper === ch.toLowerCase()) continue
    if (ch !== upper) return false
    cased++
  }
  return cased >= 3
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * `text` without the characters `drop` accepts at either end (`ends`: 'start',
 * 'end' or 'both'). A loop, not a `[…]+$` regex: those rescan a long run of the
 * dropped characters from every position in it.
 */
export function trimWhere(text: string, drop: (ch: string) => boolean, ends: 'start' | 'end' | 'both' = 'both'): string {
  let a = 0
  let b = text.length
  if (ends !== 'end') while (a < b && drop(text[a]!)) a++
  if (ends !== 'start') while (b > a && drop(text[b - 1]!)) b--
  return text.slice(a, b)
}

export const charsIn =
  (chars: string) =>
  (ch: string): boolean =>
    chars.includes(ch)
export const isSpace = (ch: string): boolean => ch === ' ' || ch === '\n'

/** The word with letters only, for lookups: "Valieva’s," → "Valieva’s". */
export function bare(word: string): string {
  return trimWhere(word, (ch) => !LETTER_OR_DIGIT.test(ch))
}

export function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** "NEW DELHI" → "New Delhi", "Al-haouz" stays; for looking capitals up in the place table. */
function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
}

/** A country, capital or people's name, as written or in capitals ("FRANCE"). */
export function isKnownPlace(text: string): boolean {
  const t = text.trim()
  return t !== '' && (placeWord(t) !== undefined || placeWord(titleCase(t)) !== undefined)
}

function isConnector(word: string): boolean {
  const w = word.toLowerCase()
  return furniture().creditConnectors.has(w) || nameParticles().has(w)
}

/**
 * Names and nothing else: every word capitalised (or an agency in capitals, a
 * digit) or a connector between names ("George Ramsay and Ben Morse, CNN").
 * A weekday or month opening it ("By Tuesday, …") is a time, not a name.
 */
export function isNameList(text: string, maxWords: number): boolean {
  const words = firstWords(text, maxWords)
  if (words.length === 0 || words.length > maxWords) return false
  const first = bare(words[0]!)
  if (weekdayNumber(first) !== undefined || monthNumber(first) !== undefined) return false
  let names = 0
  for (const w of words) {
    const b = bare(w)
    if (b === '' || /^[&|/;,–—-]$/.test(w)) continue
    if (startsUpper(b) || /^\p{N}/u.test(b)) names++
    else if (!isConnector(b)) return false
  }
  return names > 0
}

function isAgency(text: string): boolean {
  const a = furniture().agencies
  return a.has(text) || a.has(text.toLowerCase())
}

/** A run of two to six capitals ("APP", "UNB"): how agencies are written in credit positions. */
export function isCapsToken(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]{1,5}$/u.test(text)
}

/**
 * Nothing but agency credits: "AFP", "AFP/Getty Images", "REUTERS/MARCO LONGARI",
 * "Reuters and DPA". The first part must be a known agency; after a slash may come
 * the photographer's name.
 */
export function isAgencyList(text: string): boolean {
  const t = text.trim()
  if (t === '' || t.length > 80 || !furniture().agencyHeads.has(leadingWord(t))) return false
  const parts = t.split(/\s*(?:,|;|&|\band\b|\bvia\b|\s[-–]\s)\s*/)
  for (let i = 0; i < parts.length; i++) {
    const [head, ...photographer] = parts[i]!.split(/\s*\/\s*/)
    if (!isAgency(head!) && !(i > 0 && isCapsToken(head!))) return false
    for (const p of photographer) if (!isAgency(p) && !isNameList(p, 4)) return false
  }
  return true
}

/** The first token of a credit group is an agency: "APP - UrduPoint …", "AP", "Reuters". */
export function opensWithAgency(text: string): boolean {
  const t = text.trim()
  const first = /^[\p{L}\p{N}&-]+/u.exec(t)?.[0] ?? ''
  return isAgency(first) || isCapsToken(first) || isAgencyList(t)
}
