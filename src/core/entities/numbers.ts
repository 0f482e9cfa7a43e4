/**
 * Quantities with their unit, however they are written: "more than 100,000
 * troops" → 100000 troops, "a six-meter long table" → 6 meter, "a four-year
 * ban" → 4 year, "magnitude 7.0" → 7 magnitude, "thousands of soldiers".
 * The comparator ("at least", "more than") is kept apart from the value: "at
 * least 820" and "820" are the same figure for matching, and a desk can still
 * show how each outlet hedged it. Dates and clock times are not quantities.
 */
import { functionWord, monthNumber, numberWords } from '../lexicon'

export interface Quantity {
  text: string
  /** "820 people", "4 year", "thousands of soldiers". */
  value: string
  /** The plain number, or null for vague amounts ("thousands of"). */
  amount: number | null
  unit: string
  /** ">", ">=", "<", "<=", "~" or "=" as the text hedges it ("at least" → ">="). */
  comparator: string
  start: number
  end: number
}

/** Years read as dates, not quantities, unless a unit follows directly. */
const YEAR = /^(?:1[89]|20)\d\d$/
/** Digits, or an English number word (from the one number table): only these can start a quantity. */
let figurePattern: RegExp | undefined
function figures(): RegExp {
  if (!figurePattern) {
    const { units, tens, approximate } = numberWords()
    const words = [...units.keys(), ...tens.keys(), 'hundred', 'thousand', ...approximate].sort((a, b) => b.length - a.length)
    figurePattern = new RegExp(String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${words.join('|')})\b`, 'gi')
  }
  figurePattern.lastIndex = 0
  return figurePattern
}
const WORD = /[\p{L}][\p{L}'-]*/u

function wordValue(w: string): number | undefined {
  const { units, tens, scales } = numberWords()
  const l = w.toLowerCase()
  const direct = units.get(l) ?? tens.get(l) ?? (l === 'hundred' || l === 'thousand' ? scales.get(l) : undefined)
  if (direct !== undefined) return direct
  // "twenty-five"
  const [t, u] = l.split('-')
  if (t && u && tens.has(t) && units.has(u)) return tens.get(t)! + units.get(u)!
  return undefined
}

/** The word right after `at` (skipping one space or a hyphen), with its span. */
function wordAfter(text: string, at: number): { word: string; start: number; end: number; hyphen: boolean } | null {
  const hyphen = text[at] === '-'
  let i = at
  if (text[i] === ' ' || hyphen) i++
  const m = WORD.exec(text.slice(i, i + 40))
  if (!m || m.index !== 0) return null
  return { word: m[0], start: i, end: i + m[0].length, hyphen }
}

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}]+)[\s-]*$/u.exec(text.slice(Math.max(0, at - 30), at))
  return m?.[1] ?? ''
}

/** "at least", "more than", "nearly" right before a figure. */
function comparatorBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 25), at).toLowerCase()
  for (const [phrase, symbol] of numberWords().comparators) if (before.endsWith(`${phrase} `)) return symbol
  return '='
}

const UNIT_STOP = new Set(['per', 'cent', 'percent', 'more', 'less', 'new', 'other'])

/** The unit after a figure: "people", "year" (of "four-year"), skipping one capitalised adjective ("100,000 Russian troops"). */
function unitAfter(text: string, end: number): { unit: string; end: number; hyphen: boolean } | null {
  let w = wordAfter(text, end)
  if (!w) return null
  if (/^\p{Lu}/u.test(w.word) && !w.hyphen) {
    const next = wordAfter(text, w.end)
    if (!next || !/^\p{Ll}/u.test(next.word)) return null
    w = next
  }
  let unit = w.word.toLowerCase()
  if (unit === 'of') {
    let next = wordAfter(text, w.end)
    // "thousands of Russian soldiers": one capitalised adjective before the unit.
    if (next && /^\p{Lu}/u.test(next.word)) next = wordAfter(text, next.end)
    if (!next) return null
    w = next
    unit = next.word.toLowerCase()
  }
  if (!/^\p{Ll}/u.test(w.word) || functionWord().has(unit) || UNIT_STOP.has(unit) || monthNumber(unit) !== undefined) return null
  return { unit, end: w.end, hyphen: w.hyphen }
}

export function quantities(text: string): Quantity[] {
  const out: Quantity[] = []
  const { scales, approximate } = numberWords()
  for (const m of text.matchAll(figures())) {
    const figure = m[0]
    const start = m.index
    const prev = text[start - 1]
    if (prev !== undefined && /[\p{L}\d.,:-]/u.test(prev)) continue
    const isDigits = /^\d/.test(figure)
    let amount = isDigits ? Number(figure.replace(/,/g, '')) : wordValue(figure)
    let end = start + figure.length
    // "twenty-five"
    const compound = !isDigits && amount !== undefined && /^-([a-z]+)/.exec(text.slice(end, end + 12))
    if (compound && wordValue(`${figure}-${compound[1]}`) !== undefined) {
      amount = wordValue(`${figure}-${compound[1]}`)
      end += compound[0].length
    }
    if (amount === undefined || !Number.isFinite(amount)) {
      // "thousands of people", "dozens of"
      if (!isDigits && approximate.has(figure.toLowerCase())) {
        const u = unitAfter(text, start + figure.length)
        if (u) out.push({ text: text.slice(start, u.end), value: `${figure.toLowerCase()} of ${u.unit}`, amount: null, unit: u.unit, comparator: '~', start, end: u.end })
      }
      continue
    }
    // Ordinals ("15th summit") count, they do not measure.
    if (isDigits && /^(?:st|nd|rd|th)(?![\p{L}])/iu.test(text.slice(end, end + 3))) continue
    // Clock times ("11:11 pm") and dates ("25 December", "December 25") are not quantities.
    if (isDigits && (text[end] === ':' || monthNumber(wordBefore(text, start)) !== undefined)) continue
    const after = wordAfter(text, end)
    if (isDigits && after && monthNumber(after.word) !== undefined) continue
    if (!isDigits && figure.toLowerCase() === 'one' && !after?.hyphen) continue
    if (after && scales.has(after.word.toLowerCase()) && after.word.length > 1) {
      amount *= scales.get(after.word.toLowerCase())!
      end = after.end
    }
    let unit = ''
    if (/^\s*(?:%|per ?cent\b|percent\b)/i.test(text.slice(end, end + 9))) {
      unit = 'percent'
      end += /^\s*(?:%|per ?cent|percent)/i.exec(text.slice(end))![0].length
    } else {
      const u = unitAfter(text, end)
      if (u) {
        unit = u.unit
        end = u.end
      }
    }
    // "magnitude 7.0": a measure named right before a decimal figure.
    const before = wordBefore(text, start).toLowerCase()
    if (
      isDigits &&
      figure.includes('.') &&
      unit !== 'percent' &&
      before &&
      /\s$/.test(text.slice(start - 1, start)) &&
      !functionWord().has(before) &&
      !/(?:ed|s)$/.test(before)
    )
      unit = before
    // "2211 GMT": a clock time with its zone.
    if (isDigits && !unit && /^ \p{Lu}{2,4}\b/u.test(text.slice(end, end + 6))) continue
    if (isDigits && YEAR.test(figure) && !unit) continue
    if (!isDigits && !unit) continue
    const value = unit ? `${amount} ${unit}` : String(amount)
    out.push({ text: text.slice(start, end), value, amount, unit, comparator: comparatorBefore(text, start), start, end })
  }
  return out
}
