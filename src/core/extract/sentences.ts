/**
 * Sentence spans with offsets into the text. Written by hand rather than with
 * Intl.Segmenter because agency copy glues sentences ("countries.fueled") and
 * we need every span to slice back out of the text exactly.
 */

export interface Span {
  start: number
  end: number
}

/** Tokens that end in a period without ending the sentence. */
const ABBREVIATION =
  /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Prof|Gov|Sen|Rep|Rev|No|Nos|Vol|Inc|Ltd|Co|Corp|vs|etc|approx|e\.g|i\.e|[A-Z](?:\.[A-Z])+|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/

/** Second halves of "word.word" that are a domain or file name, not a new sentence. */
const NOT_A_SENTENCE = /^(?:com|org|net|gov|edu|int|mil|info|io|co|uk|ru|ua|eu|de|fr|es|it|html?|php|pdf|jpe?g|png)\b/

const CLOSERS = '”"»’)]'

/** Trimmed span of text[start, end), or null when it is only whitespace. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return end > start ? { start, end } : null
}

/** Where sentences end inside one paragraph [from, to). */
function boundaries(text: string, from: number, to: number): number[] {
  const cuts: number[] = []
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if (ch !== '.' && ch !== '!' && ch !== '?') continue
    let j = i + 1
    while (j < to && CLOSERS.includes(text[j] ?? '')) j++
    const next = text.slice(j, Math.min(to, j + 40))
    const word = /[\p{L}\p{N}.@/-]*$/u.exec(text.slice(Math.max(from, i - 30), i))?.[0] ?? ''
    if (/^\s+["“«‘([]?[\p{Lu}\p{N}]/u.test(next) || (j >= to && j > i)) {
      if (ch === '.' && ABBREVIATION.test(word)) continue
      cuts.push(j)
    } else if (ch === '.' && j === i + 1 && /^\p{Ll}{2,}/u.test(next)) {
      // Glued "countries.fueled": a real word, a period, then a lowercase word.
      if (!/^\p{Ll}{2,}$/u.test(word) || NOT_A_SENTENCE.test(next) || /[@/]|www/.test(word)) continue
      cuts.push(j)
    }
  }
  return cuts
}

/** Paragraphs are the outer bound: nothing (not even a quote) crosses a line break. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  for (const m of text.matchAll(/\n/g)) {
    const p = trimmed(text, start, m.index)
    if (p) out.push(p)
    start = m.index + 1
  }
  const last = trimmed(text, start, text.length)
  if (last) out.push(last)
  return out
}

/**
 * No sentence runs longer than this: copy without full stops (a pasted table, a
 * run-on transcript) is cut at the last comma or space before it, so no claim
 * is a wall of text and every later step stays linear.
 */
const MAX_SENTENCE = 600

export function sentences(text: string): Span[] {
  const out: Span[] = []
  for (const p of paragraphs(text)) {
    let start = p.start
    for (const cut of [...boundaries(text, p.start, p.end), p.end]) {
      for (const piece of capped(text, start, cut)) {
        const s = trimmed(text, piece.start, piece.end)
        if (s) out.push(s)
      }
      start = cut
    }
  }
  return out
}

function capped(text: string, start: number, end: number): Span[] {
  const out: Span[] = []
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE)
    const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '))
    const space = window.lastIndexOf(' ')
    const cut = comma > MAX_SENTENCE / 2 ? comma + 1 : space > MAX_SENTENCE / 2 ? space : MAX_SENTENCE
    out.push({ start, end: start + cut })
    start += cut
  }
  out.push({ start, end })
  return out
}
