/**
 * Claims are cut from report sentences, so a quotation often opens in one claim and
 * closes in the next. The brief closes (or opens) what the cut left dangling, and
 * quotes a claim only when it is not already a quotation: typography, not new words.
 */
const OPEN = /[“«]/g
const CLOSE = /[”»]/g

export function balanceQuotes(text: string): string {
  const t = text.trim()
  const opens = t.match(OPEN)?.length ?? 0
  const closes = t.match(CLOSE)?.length ?? 0
  if (opens > closes) return `${t}”`
  if (closes > opens) return `“${t}`
  return t
}

/** The claim as a quotation: “…” unless it already starts as one. */
export function quoted(text: string): string {
  const t = balanceQuotes(text)
  return /^[“"«]/.test(t) ? t : `“${t}”`
}
