/**
 * The brief's quotation rule, checked from the outside on what an export prints:
 * every stretch in quotation marks must stand verbatim (whitespace aside, elisions
 * marked with …) inside a `quoted` span — the speaker's words as a report prints
 * them in quotation marks — of a claim from a report cited next to it. Written
 * apart from the brief's own code (core/brief/wording.ts), so that a mistake
 * there cannot hide itself here; it shares only the one quotation parser that
 * finds the marks.
 */
import { quotations } from '../../src/core/text/quotes'
import type { StoreData } from '../../src/core/model'

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim()

export interface Misquote {
  words: string
  cited: number[]
  context: string
}

/** The quoted spans of each report's claims, by citation number (import order, as the brief numbers them). */
function spansBySource(data: StoreData): Map<number, string[]> {
  const number = new Map(data.reports.map((r, i) => [r.id, i + 1]))
  const text = new Map(data.reports.map((r) => [r.id, r.text]))
  const out = new Map<number, string[]>()
  for (const c of data.claims) {
    const n = number.get(c.reportId)!
    for (const q of c.quoted ?? []) out.set(n, [...(out.get(n) ?? []), squash(text.get(c.reportId)!.slice(q.start, q.end))])
  }
  return out
}

/** True when the pieces of `words` between elisions occur, in order, inside one span. */
function standsIn(words: string, spans: readonly string[]): boolean {
  const pieces = words.split('…').map(squash).filter(Boolean)
  return spans.some((span) => {
    let from = 0
    for (const piece of pieces) {
      const at = span.indexOf(piece, from)
      if (at < 0) return false
      from = at + piece.length
    }
    return true
  })
}

/**
 * Every quotation in `printed` that no report cited beside it (the nearest
 * citation group before it or after it) quotes so. `printed` is the export as
 * text; each report's headline, printed verbatim as the outlet wrote it in the
 * Sources list, is set aside first (its own marks are the outlet's).
 */
export function misquotes(printed: string, data: StoreData): Misquote[] {
  const spans = spansBySource(data)
  let flat = squash(printed)
  for (const r of data.reports) if (r.title) flat = flat.split(squash(r.title)).join(' ')
  // Citation groups: [1][2], or [1] [2] where a PDF's text puts a space between superscripts.
  const groups = [...flat.matchAll(/\[\d+\](?:\s?\[\d+\])*/g)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    numbers: [...m[0].matchAll(/\d+/g)].map((d) => Number(d[0]))
  }))
  const out: Misquote[] = []
  for (const q of quotations(flat)) {
    const words = q.parts.map((p) => flat.slice(p.start, p.end)).join(' ')
    if (!/[\p{L}\p{N}]/u.test(words)) continue
    const before = groups.filter((g) => g.end <= q.start).at(-1)
    const after = groups.find((g) => g.at >= q.end)
    const cited = [...(before?.numbers ?? []), ...(after?.numbers ?? [])]
    if (!cited.some((n) => standsIn(words, spans.get(n) ?? []))) out.push({ words, cited, context: flat.slice(Math.max(0, q.start - 80), q.end + 40) })
  }
  return out
}

/** How many quotations `printed` holds (so a check that found none cannot pass by accident). */
export function quotationCount(printed: string): number {
  return quotations(squash(printed)).length
}
