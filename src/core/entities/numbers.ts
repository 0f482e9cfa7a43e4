/**
 * Quantities with their unit: "more than 100,000 troops" → "100000 troops",
 * "20 ships", "a six-meter long table" → "6 meter", "thousands of soldiers".
 * The comparator ("more than", "over") is left out of the value on purpose:
 * "more than 100,000" and "over 100,000" are the same figure for a checker.
 */

const WORD_VALUES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000
}
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/** Words that follow a figure without being its unit. */
const NOT_UNIT = new Set(
  'a an the and or of to in on at by for from with that this than as is are was were be has have had it its their his her our more less per cent new some other all'.split(
    ' '
  )
)
/** Years read as dates, not quantities, unless a unit follows directly. */
const YEAR = /^(?:1[89]|20)\d\d$/

export interface Quantity {
  text: string
  value: string
  /** The plain number, or null for vague amounts ("thousands of"). */
  amount: number | null
  unit: string
  start: number
  end: number
}

// Case-sensitive on purpose (the unit must be lowercase), so both spellings of each word are listed.
const WORD_NUMBER = Object.keys(WORD_VALUES)
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .join('|')
const FIGURE = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${WORD_NUMBER})(?=[\s-]))(?:\s+(thousand|million|billion|trillion)\b)?(%|\s*percent\b|\s*per cent\b)?(?:(-)|\s+)?((?:of\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?[\p{Ll}][\p{L}]*)?`,
  'gu'
)
const VAGUE = /\b((?:[Tt]ens of |[Hh]undreds of )?(?:[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens))\s+of\s+(?:[\p{Lu}][\p{L}-]*\s+)?([\p{Ll}][\p{L}]*)/gu

function unitOf(raw: string | undefined): string {
  if (!raw) return ''
  const words = raw.replace(/^of\s+/, '').split(/\s+/)
  // Skip a capitalised adjective ("100,000 Russian troops" → troops).
  const unit = words.find((w) => /^\p{Ll}/u.test(w)) ?? ''
  return NOT_UNIT.has(unit.toLowerCase()) ? '' : unit.toLowerCase()
}

export function quantities(text: string): Quantity[] {
  const out: Quantity[] = []
  for (const m of text.matchAll(FIGURE)) {
    const [whole, figure = '', scale, percent, hyphen, tail] = m
    // Checked here, not as a lookbehind: a lookbehind at every position made this the slowest regex of the pipeline.
    if (m.index > 0 && /[\p{L}\d.,]/u.test(text[m.index - 1]!)) continue
    const isWord = /^\p{L}/u.test(figure)
    // "one of", "one day" are rarely figures worth checking; hyphenated "one-day" is.
    if (isWord && figure.toLowerCase() === 'one' && !hyphen) continue
    let amount = isWord ? WORD_VALUES[figure.toLowerCase()]! : Number(figure.replace(/,/g, '').replace(/\.$/, ''))
    if (!Number.isFinite(amount)) continue
    if (scale) amount *= SCALE[scale.toLowerCase()]!
    const unit = percent ? 'percent' : unitOf(tail)
    if (!isWord && YEAR.test(figure) && !scale && !percent && (!unit || hyphen)) continue
    if (isWord && !unit) continue
    const end = m.index + (unit && tail ? whole.length : whole.length - (tail?.length ?? 0))
    const value = unit ? `${amount} ${unit}` : String(amount)
    out.push({ text: text.slice(m.index, end).trim(), value, amount, unit, start: m.index, end })
  }
  for (const m of text.matchAll(VAGUE)) {
    const unit = m[2]!.toLowerCase()
    if (NOT_UNIT.has(unit)) continue
    out.push({ text: m[0], value: `${m[1]!.toLowerCase()} of ${unit}`, amount: null, unit, start: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.start - b.start)
}
