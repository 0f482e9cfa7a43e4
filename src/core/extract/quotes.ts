import { paragraphs, type Span } from './sentences'
import { countWords } from '../text/words'

/**
 * Quotation spans (marks included). Pairing is per paragraph so an unclosed mark
 * can never swallow the rest of the report, and a mark glued to a word
 * ("on the way“So") is read as the closing one it was meant to be.
 */

const OPENERS = '“«„'
const CLOSERS = '”»'

/** An unclosed quote usually ends where its attribution starts: "…reinforcementStoltenberg told". */
const ATTRIBUTION_IN_QUOTE = /(?<=[\p{Ll},;.])\s*(?=(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+ (?:said|told|added|says|warned|explained|stressed|insisted|declared)\b)/u

function closeUnclosed(text: string, start: number, end: number): number {
  const m = ATTRIBUTION_IN_QUOTE.exec(text.slice(start + 1, end))
  return m ? start + 1 + m.index : end
}

export function quoteSpans(text: string): Span[] {
  const out: Span[] = []
  // Only quotation marks change state, so only they are visited.
  const marks = [...text.matchAll(/[“«„”»"]/g)].map((m) => m.index)
  if (marks.length === 0) return out
  let next = 0
  for (const p of paragraphs(text)) {
    let open = -1
    while (next < marks.length && marks[next]! < p.start) next++
    for (; next < marks.length && marks[next]! < p.end; next++) {
      const i = marks[next]!
      const ch = text[i]!
      const prev = text[i - 1] ?? ' '
      const isOpener = OPENERS.includes(ch)
      const isCloser = CLOSERS.includes(ch)
      const isStraight = ch === '"'
      if (open < 0) {
        if (isOpener || (isStraight && !/[\p{L}\p{N}]/u.test(prev))) open = i
        continue
      }
      if (isCloser || isStraight || /[\p{L}\p{N},.;:!?]/u.test(prev)) {
        out.push({ start: open, end: i + 1 })
        open = -1
      } else {
        // A fresh opener while one is open: the first never closed.
        out.push({ start: open, end: closeUnclosed(text, open, i) })
        open = i
      }
    }
    if (open >= 0) out.push({ start: open, end: closeUnclosed(text, open, p.end) })
  }
  return out.filter((q) => q.end - q.start > 2)
}

/** Text with quoted stretches blanked (same length), for finding who speaks outside them. */
export function maskQuotes(text: string, spans: Span[]): string {
  let out = ''
  let at = 0
  for (const q of spans) {
    const start = Math.max(q.start, at)
    if (q.end <= start) continue
    out += text.slice(at, start) + ' '.repeat(q.end - start)
    at = q.end
  }
  return out + text.slice(at)
}

export function quotedWords(text: string, q: Span): number {
  return countWords(text, q.start, q.end)
}
