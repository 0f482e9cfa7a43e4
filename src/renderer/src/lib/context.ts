/**
 * The claim in its report: the paragraph holding it, with one paragraph either
 * side, split into plain-text pieces. Rendered as text nodes, never as HTML.
 */
export interface Piece {
  text: string
  claim: boolean
}

export function claimContext(text: string, start: number, end: number): Piece[][] {
  const paragraphs: { from: number; to: number }[] = []
  const breaks = /\n\s*\n/g
  let from = 0
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    paragraphs.push({ from, to: m.index })
    from = m.index + m[0].length
  }
  paragraphs.push({ from, to: text.length })

  const first = paragraphs.findIndex((p) => p.to > start)
  const last = paragraphs.findIndex((p) => p.to >= end)
  const lo = Math.max(0, (first < 0 ? 0 : first) - 1)
  const hi = Math.min(paragraphs.length - 1, (last < 0 ? paragraphs.length - 1 : last) + 1)

  return paragraphs.slice(lo, hi + 1).map(({ from: a, to: b }) => {
    const pieces: Piece[] = []
    const s = Math.min(Math.max(start, a), b)
    const e = Math.min(Math.max(end, a), b)
    if (s > a) pieces.push({ text: text.slice(a, s), claim: false })
    if (e > s) pieces.push({ text: text.slice(s, e), claim: true })
    if (b > e) pieces.push({ text: text.slice(e, b), claim: false })
    return pieces
  })
}

export function formatWhen(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}
